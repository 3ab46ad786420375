"""English word tables for the trade-figure rules (en.py): flow words, cues for shares, changes and
hypothetical figures."""
from __future__ import annotations

import re

# (flow, regex): which flow a money amount belongs to is decided by the nearest of these words
FLOWS: list[tuple[str, re.Pattern]] = [(f, re.compile(p, re.I)) for f, p in [
    ("turnover", r"\b(?:trade\s+turnover|foreign\s+trade\s+turnover|turnover|bilateral\s+trade|mutual\s+trade|"
                 r"trade\s+between|trade\s+with|commodity\s+exchange|trade\s+volume|volume\s+of\s+trade|"
                 r"trade\s+last\s+year|trade\s+in\s+\d{4}|trade)\b(?!\s+(?:organi[sz]ation|office|mission|"
                 r"council|development|promotion|representative|union|zone|agreement|and economic|policy|"
                 r"professionals|partner|procedures?|regime|barriers?))"),
    ("export", r"\bexport(?:s|ed|ing)?\b(?!\s+(?:quotas?|licen|products list|earnings|policy))"),
    ("import", r"\bimport(?:s|ed|ing)?\b(?!\s+(?:quotas?|licen|policy|-replacing|replacing))"),
    ("investment", r"\b(?:invest(?:ment|ments|ed|s|or|ors|ing)?|FDI|attract(?:ed|s)?|purchased|acquired|"
                   r"bought)\b(?!\s+(?:climate|policy|projects?\b|committee|opportunities|council))"),
    ("other", r"\b(?:credits?|loans?|grants?|rent(?:al)?(?:\s+value)?|lease|deals?|contracts?|projects?|"
              r"construction\s+work|pays|paid|worth|totall?ing|costs?|valued\s+at|to\s+the\s+tune\s+of|"
              r"for(?=\s+(?:about\s+|some\s+|over\s+)?[$€£]?\s?\d))\b"),
]]
FLOW_ANY = re.compile("|".join(f"(?:{rx.pattern})" for _, rx in FLOWS), re.I)
# a flow word naming the whole ("total", "foreign") rather than a partner's part
FOREIGN_TOTAL = re.compile(r"\b(?:foreign|total|overall|gross|all|far and near abroad|near and far abroad|"
                           r"outside world|world)\b", re.I)

# the amount is a forecast, a target or a hypothesis
HYPOTHETICAL = re.compile(
    r"\b(?:should|would|could|will|(?-i:may)|might|chance to|expected|expects?|planned|plans? to|forecast|to reach|"
    r"promised|target|goal|aims? to|intends?|projected|estimated to reach|is to|are to|by the end of this year)\b",
    re.I)
# amounts that are not trade/investment flows
NOT_FLOW = re.compile(r"\b(?:GDP|budget|per capita|inflation|salary|salaries|wages|pension|reserves|bonds|"
                      r"capitali[sz]ation|tax|tariffs? of|prices?\s+of|fine|debt|deposits?)\b", re.I)
# what a percentage is a share of that is not trade
SHARE_OF_OTHER = re.compile(r"^\s*(?:of\s+(?:the\s+)?(?:demand|GDP|population|respondents|those polled|households|"
                            r"enterprises|the respondents|consumption)|of\s+(?:the\s+)?total\s+number)", re.I)
NUMBER_OF = re.compile(r"\b(?:number|numbers)\s+of\b", re.I)

CHANGE_BEFORE = re.compile(
    r"(?:increase(?:d|s)?|increasing|grew|grow(?:n|s|th)?|rose|rise|risen|up|exceed(?:ed|ing)?|higher|"
    r"decrease(?:d|s)?|declined?|fell|fallen|drop(?:ped)?|down|lower|reduc(?:ed|tion)|growth|fall)\b"
    r"[^;%]{0,60}?\bby\s*$|(?:an?\s+)?(?:increase|growth|rise|decrease|decline|drop|fall|reduction)\s+of\s*$|"
    r"(?:increased|grew|rose|decreased|declined|fell|dropped)\s*$", re.I)
CHANGE_AFTER = re.compile(r"^\s*(?:more|higher|less|lower|up|down|increase|growth|decrease)\b", re.I)
NEGATIVE_CHANGE = re.compile(r"\b(?:decrease|decline|fell|fall|fallen|drop|down|lower|less|reduc)\w*", re.I)
SHARE_BEFORE = re.compile(r"(?:\bor\s*|\bshare\b[^;%]{0,80}|\bmade up\s*|\bmakes? up\s*|\baccount(?:ed|ing|s)? for\s*|"
                          r"\bconstitut(?:ed|ing|es)\s*|\bspecific gravity\b[^;%]{0,80}|\bproportion\b[^;%]{0,80}|"
                          r"\bamount(?:ed|ing)? to\s*)$", re.I)
SHARE_AFTER = re.compile(r"^\s*(?:of\s+(?:the\s+|its\s+|all\s+)?(?:total|all|overall|the total|Kazakhstan|"
                         r"the republic|its|foreign|trade|exports?|imports?|turnover))", re.I)
FACTOR = re.compile(r"\bby\s+a\s+factor\s+of\s+(\d+(?:[.,]\d+)?)|\b(\d+(?:[.,]\d+)?)\s+times\s+(?:more|higher|"
                    r"larger|greater)|\bby\s+(\d+(?:[.,]\d+)?)\s+times\b|\b(doubled|tripled)\b", re.I)
APPROX_FACTOR = re.compile(r"\b(?:almost|nearly|about|approximately|more than)\s+(?:doubled|tripled)", re.I)
COMPARISON_BASE = re.compile(r"^\s*(?:level|figures?|imports?|exports?|indicators?|volume)\b", re.I)
SIX_MONTHS = re.compile(r"\b(?:in|for|during)\s+(?:the\s+)?(?:first\s+)?(?:six|6)\s+months\b|\bfirst\s+half\b", re.I)
RESPECTIVELY = re.compile(r"\brespectively\b", re.I)
GROUP_ORGS = re.compile(r"^\s*(?:countries|states|member|members|nations|partners|area|region)\b", re.I)
RECEIVED = re.compile(r"\b(?:received|obtained|got|was granted|were granted)\b", re.I)
