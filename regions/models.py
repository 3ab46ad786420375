from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.indexes import GinIndex
from django.db import models
from django.db.models import Q

from kzrel.models import Country, DatePrecision, Fact


class Region(models.Model):
    code = models.CharField(max_length=10, unique=True, db_comment="ISO 3166-2 code as pycountry has it now (KZ-59)")
    country = models.ForeignKey(Country, on_delete=models.PROTECT, related_name="regions")
    type = models.CharField(max_length=60, db_comment="Subdivision type as ISO 3166-2 gives it (Region, City, ...)")
    name_en = models.CharField(max_length=200, db_comment="English name (North Kazakhstan Region)")
    name_ru = models.CharField(max_length=200, blank=True, db_comment="Russian name")
    name_kk = models.CharField(max_length=200, blank=True, db_comment="Kazakh name")
    aliases = ArrayField(models.CharField(max_length=200), default=list, blank=True,
                         db_comment="Other names: inflected, historical (Kokshetau region), misspelled forms")
    centre = models.CharField(max_length=200, blank=True, db_comment="Administrative centre (English)")

    class Meta:
        ordering = ["code"]
        db_table_comment = "Gazetteer of regions (ISO 3166-2): all of Kazakhstan's and its partners'"
        indexes = [GinIndex(fields=["aliases"], name="region_aliases_gin")]

    def __str__(self):
        return f"{self.name_en} ({self.code})"


class City(models.Model):
    name_en = models.CharField(max_length=200, db_comment="Canonical English name")
    name_ru = models.CharField(max_length=200, blank=True)
    name_kk = models.CharField(max_length=200, blank=True)
    aliases = ArrayField(models.CharField(max_length=200), default=list, blank=True,
                         db_comment="Other and historical names (Alma-Ata, Akmola, Tselinograd)")
    country = models.ForeignKey(Country, on_delete=models.PROTECT, related_name="cities")
    region = models.ForeignKey(Region, null=True, blank=True, on_delete=models.PROTECT, related_name="cities")

    class Meta:
        ordering = ["name_en"]
        verbose_name_plural = "cities"
        db_table_comment = "Gazetteer of cities where meetings happen and regional centres"
        constraints = [models.UniqueConstraint(fields=["name_en", "country"], name="city_name_country_unique")]

    def __str__(self):
        return f"{self.name_en}, {self.country.code}"


class RegionalPartnership(Fact):
    class Status(models.TextChoices):
        ACTIVE = "active", "active"
        SIGNED = "signed", "signed"
        PLANNED = "planned", "planned"
        ENDED = "ended", "ended"
        UNKNOWN = "unknown", "unknown"

    kz_region = models.ForeignKey(Region, on_delete=models.PROTECT, related_name="partnerships_as_kz",
                                  db_comment="Kazakh region (oblast) or city of republican significance")
    partner_region = models.ForeignKey(Region, null=True, blank=True, on_delete=models.PROTECT,
                                       related_name="partnerships_as_partner",
                                       db_comment="Foreign partner region when it is in the gazetteer")
    partner_region_name = models.CharField(max_length=200, blank=True,
                                           db_comment="Partner region as named when it has no gazetteer entry")
    partner_country = models.ForeignKey(Country, on_delete=models.PROTECT, related_name="+")
    date_established = models.DateField(null=True, blank=True, db_comment="When it was established or signed")
    date_precision = models.CharField(max_length=7, choices=DatePrecision.choices, blank=True)
    fields = ArrayField(models.CharField(max_length=30), default=list, blank=True,
                        db_comment="Fields of cooperation (trade, economic, science, humanitarian, ...)")
    instrument = models.ForeignKey("agreements.Agreement", null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="regional_partnerships",
                                   db_comment="The agreement that established it, when known")
    instrument_title = models.CharField(max_length=500, blank=True, db_comment="Instrument as the text names it")
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.UNKNOWN)

    class Meta:
        ordering = ["kz_region", "partner_country", "date_established"]
        db_table_comment = "Partnerships between a Kazakh region and a foreign region"
        constraints = Fact.fact_constraints("partnership") + [
            models.CheckConstraint(condition=Q(partner_region__isnull=False) | ~Q(partner_region_name=""),
                                   name="partnership_partner_named"),
        ]
        indexes = Fact.fact_indexes("partnership") + [
            models.Index(fields=["kz_region", "partner_country"], name="partnership_region_country"),
        ]

    def __str__(self):
        partner = self.partner_region.name_en if self.partner_region_id else self.partner_region_name
        return f"{self.kz_region.name_en} – {partner}"
