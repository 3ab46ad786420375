from django.contrib.postgres.fields import ArrayField
from django.db import models
from django.db.models import F, Q

from kzrel.models import Country, DatePrecision, Fact, Organisation, Person
from regions.models import City, Region


class Field(models.TextChoices):
    POLITICAL = "political"
    ECONOMIC = "economic"
    TRADE = "trade"
    SECURITY = "security"
    MILITARY = "military"
    BORDER = "border"
    ENERGY = "energy"
    TRANSPORT = "transport"
    CULTURE = "culture"
    EDUCATION = "education"
    SCIENCE = "science"
    HUMANITARIAN = "humanitarian"
    LEGAL = "legal"
    OTHER = "other"


class Meeting(Fact):
    class Kind(models.TextChoices):
        OFFICIAL_VISIT = "official visit"
        WORKING_VISIT = "working visit"
        STATE_VISIT = "state visit"
        SUMMIT = "summit"
        TALKS = "talks"
        FORUM = "forum"
        SESSION = "session"
        OTHER = "other"

    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.OTHER)
    title = models.CharField(max_length=300, blank=True, db_comment="Short description (Putin's visit to Astana)")
    date_start = models.DateField(null=True, blank=True, db_comment="First day (or first of month/year, see precision)")
    date_start_precision = models.CharField(max_length=7, choices=DatePrecision.choices, blank=True)
    date_end = models.DateField(null=True, blank=True, db_comment="Last day for multi-day meetings")
    date_end_precision = models.CharField(max_length=7, choices=DatePrecision.choices, blank=True)
    place = models.ForeignKey(City, null=True, blank=True, on_delete=models.PROTECT, related_name="meetings")
    place_name = models.CharField(max_length=200, blank=True, db_comment="Place as written when not in the gazetteer")
    countries = models.ManyToManyField(Country, related_name="meetings", blank=True)
    organisations = models.ManyToManyField(Organisation, related_name="meetings", blank=True)
    participants = models.ManyToManyField(Person, through="MeetingParticipant", related_name="meetings", blank=True)
    outcome = models.TextField(blank=True, db_comment="What came of it, briefly")

    class Meta:
        ordering = ["-date_start"]
        db_table_comment = "Meetings, visits, summits, talks and sessions"
        constraints = Fact.fact_constraints("meeting") + [
            models.CheckConstraint(condition=Q(date_end__isnull=True) | Q(date_end__gte=F("date_start")),
                                   name="meeting_end_not_before_start"),
        ]
        indexes = Fact.fact_indexes("meeting") + [models.Index(fields=["date_start"], name="meeting_date")]

    def __str__(self):
        where = self.place.name_en if self.place_id else self.place_name
        when = self.date_start.isoformat() if self.date_start else "undated"
        return f"{self.get_kind_display()} {when}" + (f", {where}" if where else "")


class MeetingParticipant(models.Model):
    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="participations")
    person = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="participations")
    role = models.CharField(max_length=200, blank=True, db_comment="Role held at the meeting (President of Russia)")

    class Meta:
        ordering = ["meeting", "person"]
        db_table_comment = "Who took part in a meeting and in what role"
        constraints = [models.UniqueConstraint(fields=["meeting", "person"], name="participant_once_per_meeting")]

    def __str__(self):
        return f"{self.person} ({self.role})" if self.role else str(self.person)


class Agreement(Fact):
    class Kind(models.TextChoices):
        TREATY = "treaty"
        AGREEMENT = "agreement"
        DECLARATION = "declaration"
        MEMORANDUM = "memorandum"
        PROTOCOL = "protocol"
        PLAN = "plan"
        STATEMENT = "statement", "joint statement"
        PROGRAMME = "programme"
        OTHER = "other"

    class Status(models.TextChoices):
        SIGNED = "signed"
        RATIFIED = "ratified"
        IN_FORCE = "in force"
        EXPIRED = "expired"
        UNKNOWN = "unknown"

    title = models.CharField(max_length=500, db_comment="English title, normalised")
    title_original = models.CharField(max_length=800, blank=True, db_comment="Title as written in the source")
    kind = models.CharField(max_length=12, choices=Kind.choices, default=Kind.AGREEMENT)
    fields = ArrayField(models.CharField(max_length=20, choices=Field.choices), default=list, blank=True,
                        db_comment="Fields the agreement covers")
    date_signed = models.DateField(null=True, blank=True, db_comment="Date signed (first day of month/year, see precision)")
    date_precision = models.CharField(max_length=7, choices=DatePrecision.choices, blank=True)
    date_signed_end = models.DateField(null=True, blank=True,
                                       db_comment="For a group of agreements signed over a period: its end")
    place = models.ForeignKey(City, null=True, blank=True, on_delete=models.PROTECT, related_name="agreements")
    party_countries = models.ManyToManyField(Country, related_name="agreements", blank=True)
    party_regions = models.ManyToManyField(Region, related_name="agreements", blank=True)
    party_organisations = models.ManyToManyField(Organisation, related_name="agreements", blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.SIGNED)
    meeting = models.ForeignKey(Meeting, null=True, blank=True, on_delete=models.SET_NULL, related_name="agreements",
                                db_comment="Meeting where it was signed")
    related = models.ManyToManyField("self", symmetrical=True, blank=True)
    notes = models.TextField(blank=True)

    class Meta:
        ordering = ["-date_signed", "title"]
        db_table_comment = "Treaties, agreements, declarations, memoranda, protocols, plans, programmes"
        constraints = Fact.fact_constraints("agreement") + [
            models.CheckConstraint(condition=Q(date_signed_end__isnull=True) | Q(date_signed_end__gte=F("date_signed")),
                                   name="agreement_end_not_before_start"),
        ]
        indexes = Fact.fact_indexes("agreement") + [
            models.Index(fields=["date_signed"], name="agreement_date"),
            models.Index(fields=["kind"], name="agreement_kind"),
        ]

    def __str__(self):
        when = self.date_signed.isoformat()[: {"year": 4, "month": 7}.get(self.date_precision, 10)] if self.date_signed else "undated"
        return f"{self.title} ({when})"
