from django.db import models
from django.db.models import F, Q

from kzrel.models import Country, Fact
from regions.models import Region


class TradeFigure(Fact):
    class Flow(models.TextChoices):
        TURNOVER = "turnover"
        EXPORT = "export"
        IMPORT = "import"
        INVESTMENT = "investment"
        OTHER = "other"

    class PeriodKind(models.TextChoices):
        YEAR = "year"
        QUARTER = "quarter"
        MONTH = "month"
        RANGE = "range"
        UNKNOWN = "unknown"

    reporter_country = models.ForeignKey(Country, null=True, blank=True, on_delete=models.PROTECT, related_name="+",
                                         db_comment="Whose trade: a country ...")
    reporter_region = models.ForeignKey(Region, null=True, blank=True, on_delete=models.PROTECT, related_name="+",
                                        db_comment="... or a region")
    partner_country = models.ForeignKey(Country, null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    partner_region = models.ForeignKey(Region, null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    partner_is_world = models.BooleanField(default=False, db_comment="Trade with the whole world")
    flow = models.CharField(max_length=10, choices=Flow.choices)
    period_kind = models.CharField(max_length=8, choices=PeriodKind.choices, default=PeriodKind.UNKNOWN)
    period = models.CharField(max_length=30, blank=True, db_comment="ISO period: 2012, 2012-Q1, 2001-01/2001-02")
    period_start = models.DateField(null=True, blank=True)
    period_end = models.DateField(null=True, blank=True)
    value = models.DecimalField(max_digits=24, decimal_places=2, null=True, blank=True,
                                db_comment="Amount in `currency` units (24 billion -> 24000000000)")
    currency = models.CharField(max_length=3, blank=True, db_comment="ISO 4217")
    unit_scale = models.CharField(max_length=40, blank=True, db_comment="Scale word as written (billion, млрд)")
    value_usd = models.DecimalField(max_digits=24, decimal_places=2, null=True, blank=True,
                                    db_comment="Value in US dollars when the currency is USD")
    share_percent = models.DecimalField(max_digits=6, decimal_places=2, null=True, blank=True,
                                        db_comment="Share of a total, in percent, when the text gives one")
    change_percent = models.DecimalField(max_digits=8, decimal_places=2, null=True, blank=True,
                                         db_comment="Growth (+) or fall (-) against the previous period")
    commodity = models.CharField(max_length=200, blank=True, db_comment="Goods the figure is about, if stated")

    class Meta:
        ordering = ["-period_start", "flow"]
        db_table_comment = "Trade and investment figures between Kazakhstan (or its regions) and partners"
        constraints = Fact.fact_constraints("trade") + [
            models.CheckConstraint(condition=Q(value__isnull=True) | Q(value__gte=0), name="trade_value_not_negative"),
            models.CheckConstraint(condition=Q(value_usd__isnull=True) | Q(value_usd__gte=0),
                                   name="trade_value_usd_not_negative"),
            models.CheckConstraint(condition=Q(share_percent__isnull=True)
                                   | (Q(share_percent__gte=0) & Q(share_percent__lte=100)),
                                   name="trade_share_0_100"),
            models.CheckConstraint(condition=Q(period_end__isnull=True) | Q(period_end__gte=F("period_start")),
                                   name="trade_period_end_not_before_start"),
            models.CheckConstraint(condition=Q(reporter_country__isnull=True) | Q(reporter_region__isnull=True),
                                   name="trade_one_reporter"),
            models.CheckConstraint(condition=Q(value__isnull=False) | Q(share_percent__isnull=False)
                                   | Q(change_percent__isnull=False), name="trade_states_a_number"),
        ]
        indexes = Fact.fact_indexes("trade") + [
            models.Index(fields=["flow", "period_start"], name="trade_flow_period"),
        ]

    def __str__(self):
        reporter = self.reporter_region or self.reporter_country
        partner = "world" if self.partner_is_world else (self.partner_region or self.partner_country or "?")
        amount = f"{self.value:,.0f} {self.currency}" if self.value is not None else f"{self.share_percent}%"
        return " ".join(filter(None, [f"{reporter} → {partner}:", self.get_flow_display(), self.period, amount]))
