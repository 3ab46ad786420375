"""Writers between agreement/meeting candidates and the models (see kzrel.pipeline.store.Writer)."""
from django.db.models import Q

from kzrel import lookups
from kzrel.pipeline.matching import content_words
from kzrel.pipeline.periods import bounds, iso
from kzrel.pipeline.store import Writer

from .models import Agreement, Field, Meeting, MeetingParticipant


def _date_fields(value: str | None) -> tuple:
    """(start, precision, end) for 'YYYY[-MM[-DD]]' or a 'YYYY/YYYY' group."""
    if not value:
        return None, "", None
    parts = str(value).split("/")
    first = bounds(parts[0])
    if not first:
        return None, "", None
    last = bounds(parts[1]) if len(parts) > 1 else None
    return first[0], first[2], (last[1] if last else None)


def _year_filter(field: str, dates) -> Q:
    years = {int(str(d)[:4]) for d in dates if d}
    q = Q(**{f"{field}__year__in": sorted(years)}) if years else Q(pk__in=[])
    return q | Q(**{f"{field}__isnull": True}) if any(not d for d in dates) else q


PRECISION_RANK = {"year": 0, "quarter": 1, "month": 2, "day": 3}


def refine_date(instance, values: dict, date: str, precision: str) -> dict:
    """Keep the finer of two compatible dates; leave incompatible ones for the conflict check."""
    current, new = getattr(instance, date), values.get(date)
    if current is None or new is None:
        return values
    cur_p, new_p = getattr(instance, precision) or "day", values.get(precision) or "day"
    coarser = min(cur_p, new_p, key=PRECISION_RANK.get)
    same = {"year": lambda a, b: a.year == b.year,
            "quarter": lambda a, b: a.year == b.year and (a.month - 1) // 3 == (b.month - 1) // 3,
            "month": lambda a, b: (a.year, a.month) == (b.year, b.month),
            "day": lambda a, b: a == b}[coarser](current, new)
    if not same:
        return values
    values = dict(values)
    if PRECISION_RANK[new_p] <= PRECISION_RANK[cur_p]:
        values[date], values[precision] = current, cur_p
    return values


class AgreementWriter(Writer):
    model = Agreement
    conflict_fields = ("date_signed", "kind")

    def refine(self, instance, values):
        return refine_date(instance, values, "date_signed", "date_precision")

    def values(self, fact):
        date, precision, end = _date_fields(fact.get("date"))
        fields = fact.get("fields") or ([fact["field"]] if fact.get("field") else [])
        return {
            "title": (fact.get("title") or "")[:500],
            "title_original": (fact.get("title_original") or "")[:800],
            "kind": fact.get("kind") or Agreement.Kind.OTHER,
            "fields": [f for f in fields if f in Field.values],
            "date_signed": date, "date_precision": precision, "date_signed_end": end,
            "place_id": lookups.city_id(fact.get("place")),
            "status": fact.get("status") or Agreement.Status.SIGNED,
        }

    def link(self, document):
        """An agreement signed on the day of a meeting, at its place when both name one, was signed there."""
        linked = 0
        agreements = (Agreement.objects.filter(evidence__document=document, meeting__isnull=True,
                                               date_precision="day")
                      .exclude(locked_fields__contains=["meeting"]).distinct())
        for agreement in agreements:
            meetings = Meeting.objects.filter(date_start__lte=agreement.date_signed, date_start_precision="day") \
                .filter(Q(date_end__gte=agreement.date_signed) | Q(date_end__isnull=True,
                                                                    date_start=agreement.date_signed)) \
                .exclude(review_status="rejected")
            if agreement.place_id:
                meetings = meetings.filter(Q(place_id=agreement.place_id) | Q(place__isnull=True))
            countries = set(agreement.party_countries.values_list("pk", flat=True))
            found = [m for m in meetings.prefetch_related("countries")
                     if not countries or countries & {c.pk for c in m.countries.all()}]
            if len(found) == 1:
                agreement.meeting = found[0]
                agreement.save(update_fields=["meeting", "updated_at"])
                linked += 1
        return linked

    def m2m_values(self, fact):
        ids = lookups.party_ids(fact.get("parties"))
        return {"party_countries": ids["countries"], "party_regions": ids["regions"],
                "party_organisations": ids["organisations"]}

    def natural_key(self, fact):
        words = "-".join(sorted(content_words(fact.get("title") or "")))[:200]
        parties = ",".join(sorted(fact.get("parties") or []))
        return f"{fact.get('kind')}|{fact.get('date') or 'undated'}|{parties}|{words}"

    def existing_for(self, facts):
        qs = Agreement.objects.prefetch_related("party_countries", "party_regions", "party_organisations")
        return qs.filter(_year_filter("date_signed", [f.get("date") for f in facts]))

    def as_fact(self, a):
        parties = [c.code for c in a.party_countries.all()] + [r.code for r in a.party_regions.all()] + \
                  [o.short_name for o in a.party_organisations.all()]
        date = iso(a.date_signed, a.date_precision or "day")
        if a.date_signed_end:
            date = f"{date}/{iso(a.date_signed_end, a.date_precision or 'day')}"
        return {"title": a.title, "title_original": a.title_original, "kind": a.kind, "date": date,
                "parties": parties}


class MeetingWriter(Writer):
    model = Meeting
    conflict_fields = ("date_start", "date_end", "place_id")

    def refine(self, instance, values):
        return refine_date(instance, values, "date_start", "date_start_precision")

    def values(self, fact):
        start = bounds(fact.get("date_start"))
        end = bounds(fact.get("date_end"))
        place = fact.get("place")
        return {
            "kind": fact.get("kind") or Meeting.Kind.OTHER,
            "title": (fact.get("title") or "")[:300],
            "date_start": start[0] if start else None, "date_start_precision": start[2] if start else "",
            "date_end": end[0] if end else None, "date_end_precision": end[2] if end else "",
            "place_id": lookups.city_id(place),
            "place_name": "" if lookups.city_id(place) else (place or ""),
            "outcome": fact.get("outcome") or "",
        }

    def m2m_values(self, fact):
        # extractors list organisations (CIS, SCO) among a meeting's countries as the answer keys do
        ids = lookups.party_ids(list(fact.get("countries") or []) + list(fact.get("organisations") or []))
        return {"countries": ids["countries"], "organisations": ids["organisations"]}

    def natural_key(self, fact):
        countries = ",".join(sorted(fact.get("countries") or []))
        return f"{fact.get('kind')}|{fact.get('date_start') or 'undated'}|{fact.get('place') or ''}|{countries}"

    def existing_for(self, facts):
        qs = Meeting.objects.select_related("place").prefetch_related("countries", "participants")
        return qs.filter(_year_filter("date_start", [f.get("date_start") for f in facts]))

    def as_fact(self, m):
        return {"kind": m.kind, "date_start": iso(m.date_start, m.date_start_precision or "day"),
                "place": m.place.name_en if m.place_id else m.place_name,
                "countries": [c.code for c in m.countries.all()],
                "participants": [p.name_en for p in m.participants.all()]}

    def after_save(self, instance, fact, locked):
        if "participants" in locked:
            return False
        changed = False
        for name in fact.get("participants") or []:
            person = lookups.person_id(name)
            if person:
                _, created = MeetingParticipant.objects.get_or_create(meeting=instance, person_id=person)
                changed |= created
        return changed


WRITERS = {"agreements": AgreementWriter(), "meetings": MeetingWriter()}
