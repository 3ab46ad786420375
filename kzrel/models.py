"""Core models: sources and evidence, import runs, shared gazetteers, and the abstract Fact every fact type extends."""
from __future__ import annotations

from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.indexes import GinIndex
from django.db import models
from django.db.models import Q


class Language(models.TextChoices):
    ENGLISH = "en", "English"
    RUSSIAN = "ru", "Russian"
    KAZAKH = "kk", "Kazakh"
    UKRAINIAN = "uk", "Ukrainian"
    OTHER = "xx", "Other"


class DatePrecision(models.TextChoices):
    DAY = "day", "day"
    MONTH = "month", "month"
    QUARTER = "quarter", "quarter"
    YEAR = "year", "year"


# ---------------------------------------------------------------------------------------------- gazetteers
class Country(models.Model):
    code = models.CharField(max_length=2, unique=True, db_comment="ISO 3166-1 alpha-2 (SU for the USSR)")
    alpha3 = models.CharField(max_length=3, blank=True, db_comment="ISO 3166-1 alpha-3")
    name_en = models.CharField(max_length=200, db_comment="English short name")
    name_ru = models.CharField(max_length=200, blank=True, db_comment="Russian name")
    name_kk = models.CharField(max_length=200, blank=True, db_comment="Kazakh name")
    aliases = ArrayField(models.CharField(max_length=200), default=list, blank=True,
                         db_comment="Other names and forms texts use, in any language")
    historical = models.BooleanField(default=False, db_comment="A state that no longer exists (USSR)")

    class Meta:
        ordering = ["name_en"]
        verbose_name_plural = "countries"
        db_table_comment = "Gazetteer of states (ISO 3166-1) with English, Russian and Kazakh names"
        indexes = [GinIndex(fields=["aliases"], name="country_aliases_gin")]

    def __str__(self):
        return f"{self.name_en} ({self.code})"


class Person(models.Model):
    name_en = models.CharField(max_length=200, unique=True, db_comment="Canonical English full name")
    name_ru = models.CharField(max_length=200, blank=True, db_comment="Russian full name")
    name_kk = models.CharField(max_length=200, blank=True, db_comment="Kazakh full name")
    aliases = ArrayField(models.CharField(max_length=200), default=list, blank=True,
                         db_comment="Other spellings and forms (initials, transliterations)")
    country = models.ForeignKey(Country, null=True, blank=True, on_delete=models.PROTECT, related_name="persons",
                                db_comment="Country the person served")

    class Meta:
        ordering = ["name_en"]
        db_table_comment = "Gazetteer of heads of state and government, ministers and governors"
        indexes = [GinIndex(fields=["aliases"], name="person_aliases_gin")]

    def __str__(self):
        return self.name_en


class Office(models.Model):
    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="offices")
    title = models.CharField(max_length=200, db_comment="Office held, in English (President of Kazakhstan)")
    country = models.ForeignKey(Country, null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    start_year = models.PositiveSmallIntegerField(null=True, blank=True, db_comment="Year the office began")
    end_year = models.PositiveSmallIntegerField(null=True, blank=True, db_comment="Year it ended; null if current")

    class Meta:
        ordering = ["person", "start_year"]
        db_table_comment = "Offices persons held, with years"
        constraints = [
            models.CheckConstraint(condition=Q(end_year__isnull=True) | Q(start_year__isnull=True)
                                   | Q(end_year__gte=models.F("start_year")), name="office_end_after_start"),
        ]

    def __str__(self):
        years = f"{self.start_year or '?'}–{self.end_year or ''}"
        return f"{self.title} ({years})"


class Organisation(models.Model):
    short_name = models.CharField(max_length=40, unique=True, db_comment="Short name as facts use it (CIS, SCO)")
    name_en = models.CharField(max_length=300, db_comment="Full English name")
    name_ru = models.CharField(max_length=300, blank=True, db_comment="Russian name")
    name_kk = models.CharField(max_length=300, blank=True, db_comment="Kazakh name")
    aliases = ArrayField(models.CharField(max_length=300), default=list, blank=True,
                         db_comment="Abbreviations and other names in any language")

    class Meta:
        ordering = ["short_name"]
        db_table_comment = "Gazetteer of international organisations (CIS, EAEU, SCO, CSTO, ...)"

    def __str__(self):
        return self.short_name


# ----------------------------------------------------------------------------------------- sources, runs
class Document(models.Model):
    name = models.CharField(max_length=300, db_comment="File name as imported")
    source_path = models.CharField(max_length=1000, blank=True, db_comment="Path the file was read from")
    title = models.CharField(max_length=500, blank=True, db_comment="Title (first heading or manifest title)")
    language = models.CharField(max_length=2, choices=Language.choices, db_comment="Main language (ISO 639-1)")
    sha256 = models.CharField(max_length=64, unique=True, db_comment="SHA-256 of the file's bytes")
    encoding = models.CharField(max_length=40, blank=True, db_comment="Encoding the bytes were decoded from")
    media_type = models.CharField(max_length=60, default="text/plain")
    text = models.TextField(db_comment="Full text as stored; evidence offsets refer to it")
    supersedes = models.ForeignKey("self", null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="superseded_by",
                                   db_comment="Earlier version of the same file (same name)")
    is_current = models.BooleanField(default=True, db_comment="False once a newer version was imported")
    imported_at = models.DateTimeField(auto_now_add=True)
    import_run = models.ForeignKey("ImportRun", null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="documents")

    class Meta:
        ordering = ["name", "-imported_at"]
        db_table_comment = "Source texts; each version of a file is its own row so old evidence stays valid"
        indexes = [models.Index(fields=["name", "is_current"], name="document_name_current")]
        constraints = [
            models.UniqueConstraint(fields=["name"], condition=Q(is_current=True), name="one_current_document_per_name"),
        ]

    def __str__(self):
        return self.title or self.name


class Evidence(models.Model):
    document = models.ForeignKey(Document, on_delete=models.PROTECT, related_name="evidence")
    start = models.PositiveIntegerField(db_comment="Character offset of the quote in document.text")
    end = models.PositiveIntegerField(db_comment="Character offset just past the quote")
    quote = models.TextField(db_comment="Verbatim document.text[start:end]")
    language = models.CharField(max_length=2, choices=Language.choices, db_comment="Language of the passage")
    extracted = models.JSONField(default=dict, blank=True,
                                 db_comment="The values the extractor read from this passage")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["document", "start"]
        verbose_name_plural = "evidence"
        db_table_comment = "Verbatim passages that state facts"
        constraints = [
            models.CheckConstraint(condition=Q(end__gt=models.F("start")), name="evidence_end_after_start"),
        ]
        indexes = [models.Index(fields=["document", "start"], name="evidence_document_start")]

    def __str__(self):
        q = self.quote if len(self.quote) <= 80 else self.quote[:77] + "..."
        return f"{self.document.name}:{self.start}: {q}"


class ImportRun(models.Model):
    class Status(models.TextChoices):
        RUNNING = "running", "running"
        SUCCEEDED = "succeeded", "succeeded"
        PARTIAL = "partial", "finished with errors"
        FAILED = "failed", "failed"

    started_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.RUNNING)
    paths = ArrayField(models.CharField(max_length=1000), default=list, db_comment="Paths given to the run")
    counts = models.JSONField(default=dict, blank=True,
                              db_comment="Per fact type: inserted, updated, unchanged, stale")
    errors = models.JSONField(default=list, blank=True, db_comment="One entry per failed file: file and reason")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)

    class Meta:
        ordering = ["-started_at"]
        db_table_comment = "One row per import run, written even when the run fails"

    def __str__(self):
        return f"Import run {self.pk} ({self.get_status_display()}, {self.started_at:%Y-%m-%d %H:%M})"


# --------------------------------------------------------------------------------------------- facts
class ReviewStatus(models.TextChoices):
    CANDIDATE = "candidate", "candidate"
    VERIFIED = "verified", "verified"
    REJECTED = "rejected", "rejected"


class FactQuerySet(models.QuerySet):
    def candidates(self):
        return self.filter(review_status=ReviewStatus.CANDIDATE)

    def verified(self):
        return self.filter(review_status=ReviewStatus.VERIFIED)

    def live(self):
        """Facts a report should show: not rejected and still found in a current document."""
        return self.exclude(review_status=ReviewStatus.REJECTED).filter(is_stale=False)


class Fact(models.Model):
    """What every fact shares: review state, provenance, locked fields.

    `natural_key` decides "same fact" for consolidation and re-import; `locked_fields` names the fields an editor
    changed, which the importer never writes.
    """

    natural_key = models.CharField(max_length=400, unique=True,
                                   db_comment="Key the importer matches on (kind, date, parties, title words ...)")
    review_status = models.CharField(max_length=10, choices=ReviewStatus.choices, default=ReviewStatus.CANDIDATE,
                                     db_comment="candidate (machine), verified or rejected (editor)")
    needs_review = models.BooleanField(default=False,
                                       db_comment="Evidence disagrees (two dates for one treaty, ...)")
    is_stale = models.BooleanField(default=False,
                                   db_comment="No longer found in the current version of any source")
    confidence = models.FloatField(default=0.5, db_comment="Extractor confidence, 0..1")
    locked_fields = ArrayField(models.CharField(max_length=60), default=list, blank=True,
                               db_comment="Fields an editor changed; the importer never writes them")
    review_note = models.TextField(blank=True, db_comment="Editor's note; also why a record needs review")
    created_by_run = models.ForeignKey(ImportRun, null=True, blank=True, on_delete=models.SET_NULL,
                                       related_name="+", db_comment="Import run that created the fact")
    created_by_user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                                        on_delete=models.SET_NULL, related_name="+",
                                        db_comment="Editor who created the fact by hand")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    evidence = models.ManyToManyField(Evidence, related_name="%(app_label)s_%(class)s_set", blank=True)

    objects = FactQuerySet.as_manager()

    class Meta:
        abstract = True

    @staticmethod
    def fact_constraints(prefix: str):
        return [
            models.CheckConstraint(condition=Q(confidence__gte=0) & Q(confidence__lte=1),
                                   name=f"{prefix}_confidence_0_1"),
        ]

    @staticmethod
    def fact_indexes(prefix: str):
        return [models.Index(fields=["review_status", "is_stale"], name=f"{prefix}_review")]
