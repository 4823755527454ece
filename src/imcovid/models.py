"""Pydantic models of every published record: the single definition behind validation, ``schema/``, the Parquet
features, the card and the codebook.

Models are strict (``extra="forbid"``) so a misspelt or unexpected field is an error, not a silent new column.
Field descriptions are written for the researcher reading the codebook.
"""

from __future__ import annotations

import datetime as _dt
import re
import typing
from datetime import date, datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator, model_validator

from imcovid.config import BuildConfig
from imcovid.ids import MENTION_ID_PATTERN

HexId = Annotated[str, Field(pattern=r"^[0-9a-f]{16}$")]
Sha256 = Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]
MentionType = Literal["PERSON", "LOCATION", "ORGANIZATION", "DATE", "MEASURE", "CASE_COUNT"]
GbCode = Annotated[str, Field(pattern=r"^[1-9][0-9]{5}$")]
# MEASURE codes (guideline `docs/guidelines/measures.md`): OxCGRT indicator ids and ten China-specific instruments.
MeasureCode = Literal["C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8", "E1", "E2", "E3", "E4", "H1", "H2", "H3", "H4",
                      "H5", "H6", "H7", "H8", "V1", "V2", "V3", "V4", "M1", "CN-CENTRAL-QUARANTINE",
                      "CN-HEALTH-MONITORING", "CN-HEALTH-CODE", "CN-MASS-TESTING", "CN-COLD-CHAIN", "CN-SUPPLY",
                      "CN-MEDICAL", "CN-COMMAND", "CN-ACCOUNTABILITY", "CN-INFO-CONTROL"]
MeasureAction = Literal["impose", "strengthen", "maintain", "relax", "lift", "announce-plan"]
MeasureMode = Literal["reported", "directive"]
Metric = Literal["confirmed_local", "asymptomatic_local", "confirmed_imported", "asymptomatic_imported",
                 "confirmed_cumulative", "asymptomatic_cumulative", "positive_local", "positive_cumulative", "deaths",
                 "recovered", "hospitalised", "close_contacts", "under_observation", "screened", "tested",
                 "vaccinated_doses"]
# What each CASE_COUNT metric counts and what kind of count it is (guideline `docs/guidelines/measures.md`,
# CASE_COUNT): `new` — cases of a day or of the period the text gives (新增); `running` — a running total (累计, 共有, 共报告); `current` — people
# in a state at the time (现有, 尚在, 在院); `new or running` — the guideline gives no marker for these, and the
# annotation files a day's figure (新增死亡) and a running total (累计死亡) under the one metric.
METRIC_KINDS: dict[str, tuple[str, str]] = {
    "confirmed_local": ("new", "confirmed cases not stated to be imported"),
    "asymptomatic_local": ("new", "asymptomatic infections not stated to be imported"),
    "confirmed_imported": ("new", "confirmed cases imported from abroad"),
    "asymptomatic_imported": ("new", "asymptomatic infections imported from abroad"),
    "confirmed_cumulative": ("running", "confirmed cases, for the period the text gives (local, imported or all, as the text says)"),
    "asymptomatic_cumulative": ("running", "asymptomatic infections, for the period the text gives"),
    "positive_local": ("new", "people testing positive, confirmed and asymptomatic together"),
    "positive_cumulative": ("running", "people testing positive, confirmed and asymptomatic together"),
    "deaths": ("new or running", "deaths"),
    "recovered": ("new or running", "people recovered or discharged"),
    "hospitalised": ("current", "patients in hospital"),
    "close_contacts": ("new or running", "close contacts identified or traced (not secondary contacts)"),
    "under_observation": ("current", "people in centralised or home quarantine, medical observation or home health monitoring"),
    "screened": ("new or running", "people found or checked by screening"),
    "tested": ("new or running", "people or person-tests tested"),
    "vaccinated_doses": ("new or running", "vaccine doses given"),
}
_METRIC_CODEBOOK = "; ".join(f"`{m}` {kind}: {what}" for m, (kind, what) in METRIC_KINDS.items())
PlaceScope = Literal["division", "national", "unplaced"]
# CASE_COUNT qualifiers: what the text states about a figure beyond its metric (imcovid.annotate.count_qualifiers).
CountOrigin = Literal["imported", "local"]
CountPeriod = Literal["new", "cumulative", "cumulative_since", "current"]
CountSubject = Literal["confirmed", "asymptomatic", "positive", "contacts"]
_ORIGIN_DOC = ("`imported` when the text states the figure to be imported (境外输入, 输入, 入境的; also every figure of a "
               "paragraph opening on 境外输入, a national bulletin's imported section), `local` when it states it local "
               "(本土, 本地, 境外输入关联); null when the text says neither (a list item takes its list head's)")
_PERIOD_DOC = ("the kind of count the text's marker states: `new` (新增, 当日新增: the day's or the stated period's), "
               "`cumulative` (累计, 共有, 共报告, 达: a running total, no start stated), `cumulative_since` (a running "
               "total over a period whose start the sentence states: 本轮疫情, 10月17日以来, 自…起), `current` (现有, "
               "尚在, 在院); null when no marker is written (a list item takes its list head's)")
_SUBJECT_DOC = ("for `under_observation` and `hospitalised` only: who the people are, from the counted noun — "
                "`confirmed`, `asymptomatic`, `positive` (confirmed and asymptomatic together) or `contacts` (close "
                "contacts); null for other metrics and when the text names no such group (居家健康监测人员)")
_GB_CODE = re.compile(r"^[1-9][0-9]{5}$")

_FORBIDDEN_IN_TEXT = re.compile("[\x00-\x09\x0b-\x1f\x7f\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_TAG_LIKE = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(\s[^<>]*)?/?>|<!--")


def validation_context(config: BuildConfig) -> dict:
    """The context to validate records under ``config``: ``Model.model_validate(data, context=...)``."""
    return {"config": config}


def build_config(info: ValidationInfo) -> BuildConfig | None:
    context = info.context if info is not None else None
    return context.get("config") if isinstance(context, dict) else None


class _Strict(BaseModel):
    # defer_build: a model's validator is built on its first use, not at import: a rebuild that validates no record
    # (nothing changed, a post removed) builds none (~10 ms of its start-up); validation itself is the same.
    model_config = ConfigDict(extra="forbid", strict=False, validate_assignment=True, defer_build=True)


class Credit(_Strict):
    """A person credited by the source (editor, reporter, photographer)."""

    role: Literal["editor", "reporter", "photographer", "correspondent", "author", "proofreader"] = Field(
        description="The credited role, from the wording of the credit line (责任编辑/编辑/主编 → editor, 记者 → reporter, 摄 → photographer, 通讯员/实习生 → reporter, as the hand-made gold of real posts records them, 作者/文 → author, 校对 → proofreader)."
    )
    name: str = Field(min_length=1, max_length=40, description="The credited person's name as written.")


class Image(_Strict):
    """An image of the article body, in reading order."""

    url: str = Field(pattern=r"^https?://", description="Image URL, unwrapped from the archive's CORS proxy.")
    caption: str | None = Field(None, description="Caption that directly followed the image in the source, if any (moved out of `text`).")
    credit: str | None = Field(None, description="Image credit or source line that directly followed the image, verbatim after white-space cleaning.")
    credit_name: str | None = Field(None, description="The name `credit` gives, without its source label, brackets and quotes (`（来源：\"今日阿拉善\"）` → `今日阿拉善`, `来源：国家卫健委官网` → `国家卫健委官网`); a photo credit gives its photographers' names joined by `、` (`内蒙古日报社融媒体记者袁永红摄` → `袁永红`); a source that gave the picture gives its name (`新华社资料图` → `新华社`, `视觉中国/图` → `视觉中国`); any other credit is its own name; null when `credit` is. Derived from `credit` (`imcovid.clean.fields.credit_name`).")

    @model_validator(mode="before")
    @classmethod
    def _credit_name(cls, data):
        """``credit_name`` is always the one ``credit`` gives, whatever the input says."""
        if isinstance(data, dict):
            from imcovid.clean.fields import credit_name

            data = {**data, "credit_name": credit_name(data.get("credit"))}
        return data


class Damage(_Strict):
    """Evidence of damage done to the text before it reached the archive."""

    pinyin_glosses_removed: int = Field(ge=0, description="Tone-marked pinyin glosses glued in parentheses, e.g. `區(qū)`, removed from title, subtitle, text and bylines (fragments whose `(` was lost count too).")
    damaged_spans: int = Field(ge=0, description="Places where bytes were lost: a `?` in CJK context or U+FFFD, kept visible in `text`.")


class Article(_Strict):
    """One published article (config `articles`)."""

    id: HexId = Field(description="Stable article id: the first 16 hex digits of the SHA-256 of the raw source bytes.")
    source_file: str = Field(min_length=1, description="Path of the raw source under `seeds/` (POSIX separators).")
    source_sha256: Sha256 = Field(description="SHA-256 of the raw source bytes.")
    source_format: Literal["hexo", "plaintext"] = Field(description="Detected format of the raw source.")
    source_script: Literal["zh-Hans", "zh-Hant"] = Field(description="Script detected in the source text before conversion.")
    title: str = Field(min_length=1, description="Cleaned title (Simplified script, white-space rules of `text`).")
    subtitle: str | None = Field(None, description="Subtitle lines of a plain-text source, one per line.")
    text: str = Field(min_length=1, description="Cleaned body: one paragraph per line joined by `\\n`, Simplified script.")
    text_original_script: str | None = Field(None, description="The cleaned body in the source's own script when it was converted (Traditional sources); null otherwise.")
    published_at: datetime | None = Field(None, description="Publication (archive capture) time from the front matter, timezone-aware, stored in UTC; where the front matter has no valid date, the full time line of the outlet's own page header, which is the outlet's publication time, not a capture time (such articles carry the flag `date_from_page_header`; see `date_note`). Null when absent, unparseable or outside the collection window (see `date_note`).")
    published_date_local: date | None = Field(None, description="`published_at` as a calendar date in Asia/Shanghai.")
    date_note: str | None = Field(None, description="Why `published_at` is null, when it is, or where it was read when not from the front matter.")
    platform: str | None = Field(None, description="The aggregator or site that carried the article (front-matter `author`, or the site named in a plain-text footer).")
    categories: list[str] = Field(default_factory=list, description="Front-matter categories (they mirror the RSSHub route).")
    original_sources: list[str] = Field(default_factory=list, description="Outlets named in the source as the article's origin, in order of appearance (来源 lines, bylines, `据…微信公众号` attributions, an outlet's compiler line `X综合自Y、Z` with the names it lists, the outlet of an outlet's own page header, the account of a tweet embedded in an aggregator's summary card). A site a card merely links to is not recorded here (see the provenance's aggregator link).")
    original_outlets: list[str] = Field(default_factory=list, description="`original_sources` as canonical outlet names, in the same order, each once: names of one outlet's own channels (国家卫健委官网, 国家卫生健康委网站 → 国家卫生健康委员会; 内蒙古日报社融媒体 → 内蒙古日报) are one outlet (table `src/imcovid/data/outlet_canonical_names.tsv`); a name the table does not list is kept as it is. Count outlets with this column; `original_sources` keeps the names as written.")
    original_title: str | None = Field(None, description="The outlet's own title: given on a `原标题：` line, or the headline of the outlet's page header where it differs from the post's title.")
    credits: list[Credit] = Field(default_factory=list, description="Credited editors, reporters and photographers.")
    images: list[Image] = Field(default_factory=list, description="Body images in reading order (placeholders and promotion images dropped).")
    cover_image: str | None = Field(None, description="Front-matter `headimg` (else `thumbnail`, which the archive writes with the same picture), unwrapped; null for random placeholders (picsum.photos) and a site's own icons (an aggregator card's link icon).")
    rights_statement: str | None = Field(None, description="Rights or disclaimer notice found in the source, verbatim; dropped from `text`.")
    damage: Damage = Field(description="Counts of script damage found in the source.")
    redactions: int = Field(0, ge=0, description="Personal contact data (phones, e-mails, ID numbers) replaced by typed placeholders such as `[PHONE]`.")
    flags: list[str] = Field(default_factory=list, description="Quality flags raised while cleaning (e.g. `damaged`, `date_missing`, `date_out_of_window`, `date_from_page_header`, `aggregator_summary`, `decoded_gb18030`, `converted_from_traditional`).")
    n_chars: int = Field(ge=1, description="Length of `text` in characters.")
    persons: list[str] = Field(default_factory=list, description="Distinct PERSON surfaces mentioned in `text` (from the `mentions` config).")
    location_codes: list[str] = Field(default_factory=list, description="Distinct GB/T 2260 codes of LOCATION mentions in `text`, nested ones included (内蒙古 inside the organization name 内蒙古日报 counts); for places named in their own right, use the LOCATION rows of `mentions` whose `parent_id` is null.")
    organizations: list[str] = Field(default_factory=list, description="Distinct ORGANIZATION surfaces in `text`.")
    n_mentions: int = Field(0, ge=0, description="Number of rows this article has in the `mentions` config.")
    story_id: HexId | None = Field(None, description="The story this article is a copy of: exact and near-duplicate copies (captures over time, the same post in two routes or forks, one article under two aggregators) share it. Count stories as distinct `story_id`s, or as rows with `canonical` true. Stable within a release only: a capture added later can rename its story.")
    canonical: bool = Field(True, description="True for the one article that stands for its story (the earliest capture, then the longest text); count stories by keeping only these rows.")

    @field_validator("title", "text", "subtitle", "text_original_script")
    @classmethod
    def _clean_lines(cls, value: str | None, info: ValidationInfo) -> str | None:
        if value is None:
            return value
        bad = _FORBIDDEN_IN_TEXT.findall(value)
        if bad:
            raise ValueError(f"{info.field_name} contains control or zero-width characters {sorted(set(map(repr, bad)))}")
        for number, line in enumerate(value.split("\n"), 1):
            if not line:
                raise ValueError(f"{info.field_name} has an empty line at line {number}")
            if line != line.strip(" \u3000\u00a0"):
                raise ValueError(f"{info.field_name} line {number} has leading or trailing white space")
            if info.field_name != "title" and "<" in line and _TAG_LIKE.search(line):
                raise ValueError(f"{info.field_name} line {number} contains HTML markup")
        return value

    @field_validator("published_at")
    @classmethod
    def _aware(cls, value: datetime | None) -> datetime | None:
        if value is not None and value.utcoffset() is None:
            raise ValueError("published_at must be timezone-aware")
        return value

    @model_validator(mode="after")
    def _consistent(self, info: ValidationInfo) -> "Article":
        if self.id != self.source_sha256[:16]:
            raise ValueError("id must be the first 16 hex digits of source_sha256")
        if self.n_chars != len(self.text):
            raise ValueError("n_chars must equal len(text)")
        if (self.published_at is None) != (self.published_date_local is None):
            raise ValueError("published_at and published_date_local must be both set or both null")
        if self.published_at is None and not self.date_note:
            raise ValueError("a null published_at needs a date_note saying why")
        # The window comes from the build's configuration, passed as validation context (never a global: a
        # BuildConfig given to build() must hold in every worker and executor); without one, no window is known.
        cfg = build_config(info)
        if self.published_date_local is not None and cfg is not None:
            if not cfg.window_start <= self.published_date_local <= cfg.window_end:
                raise ValueError(
                    f"published_date_local {self.published_date_local} outside the collection window "
                    f"{cfg.window_start}..{cfg.window_end}"
                )
        return self


class Mention(_Strict):
    """One annotation: a typed span of an article's `text` (config `mentions`)."""

    article_id: HexId = Field(description="`id` of the article whose `text` the offsets refer to.")
    mention_id: str = Field(pattern=MENTION_ID_PATTERN, description="`<article_id>-<h>`: h is the first 8 hex digits of sha1(`<type>:<start>:<end>`, with `:<code>` for a MEASURE and `:<metric>` for a CASE_COUNT, since one span may state several), so the id names the same span of the same article in every release (`imcovid.ids.mention_id`).")
    type: MentionType = Field(description="PERSON, LOCATION, ORGANIZATION or DATE (see the annotation guidelines, `docs/guidelines/annotation.md`), MEASURE (a COVID-19 measure) or CASE_COUNT (an epidemic figure; see the guidelines for measures and figures, `docs/guidelines/measures.md`).")
    start: int = Field(ge=0, description="Start offset in `text`, in Unicode code points.")
    end: int = Field(gt=0, description="End offset in `text` (exclusive); `text[start:end] == surface`.")
    surface: str = Field(min_length=1, description="The mention as written.")
    title: str | None = Field(None, description="PERSON: the position phrase introducing the person, e.g. `国家卫生健康委党组书记、主任`.")
    code: str | None = Field(None, pattern=r"^([1-9][0-9]{5}|[CEHV][1-8]|M1|CN-[A-Z-]+)$", description="LOCATION: 6-digit GB/T 2260 code; null when ambiguous (see `note`). MEASURE: the OxCGRT indicator id (`C1`–`C8`, `E1`–`E4`, `H1`–`H8`, `V1`–`V4`, `M1`) or one of the ten `CN-` codes of the guideline (see the codebook of measure codes).")
    level: Literal["province", "prefecture", "county", "1", "2", "3", "4", "5"] | None = Field(None, description="LOCATION: administrative level of `code`. MEASURE: the OxCGRT ordinal level the text supports (`1`–`5`, as text in this shared column; an integer in the `measures` config), null when the text does not state what a level requires.")
    name: str | None = Field(None, description="LOCATION: canonical full name of the division.")
    province_code: str | None = Field(None, pattern=r"^[1-9][0-9]{5}$", description="LOCATION: code of the province the division belongs to (its own code for a province).")
    prefecture_code: str | None = Field(None, pattern=r"^[1-9][0-9]{5}$", description="LOCATION: code of the prefecture-level parent (its own code for a prefecture). Null for a province, and for a county-level division that has no prefecture-level parent in GB/T 2260: the districts and counties of the four province-level municipalities (Beijing, Tianjin, Shanghai, Chongqing) and the county-level divisions directly under a province (Hainan's directly administered cities and counties, Hubei's 仙桃, 潜江, 天门 and 神农架林区, Henan's 济源, the cities directly under Xinjiang); aggregate those by `province_code` or by their own `code`.")
    value: str | None = Field(None, pattern=r"^(\d{4}-\d{2}-\d{2}|\d+)$", description="DATE: ISO 8601 date; null when the year cannot be known. CASE_COUNT: the figure, a non-negative integer written in decimal digits (Chinese numerals converted: `三例` → `3`, `1.2万` → `12000`; an integer in the `case_counts` config).")
    note: str | None = Field(None, description="Why a normalized value is null.")
    metric: Metric | None = Field(None, description="CASE_COUNT: what the figure counts and what kind of count it is (new: a day's or the text's period's; running: a running total; current: people in a state at the time; new or running: both kinds share the metric) — " + _METRIC_CODEBOOK + ".")
    as_of: date | None = Field(None, description="CASE_COUNT: the date the figure refers to, from an explicit date governing it (year from the publication date); null when no explicit month-and-day date governs it.")
    origin: CountOrigin | None = Field(None, description="CASE_COUNT: whether the figure counts imported or local cases: " + _ORIGIN_DOC + ". Not part of the evaluation tuple (metric, value, place_code, as_of).")
    period: CountPeriod | None = Field(None, description="CASE_COUNT: " + _PERIOD_DOC + ". Not part of the evaluation tuple.")
    subject: CountSubject | None = Field(None, description="CASE_COUNT: " + _SUBJECT_DOC + ". Not part of the evaluation tuple.")
    action: MeasureAction | None = Field(None, description="MEASURE: `impose` (newly put in place), `strengthen` (tightened, widened), `maintain` (in force, continued, to be strictly carried out), `relax` (stringency reduced), `lift` (ended) or `announce-plan` (not yet in force: plan, standby, contingency).")
    targeted: bool | None = Field(None, description="MEASURE: true when the text limits the measure to part of the place or to a particular group (OxCGRT flag 0); false when general.")
    place_code: str | None = Field(None, pattern=r"^[1-9][0-9]{5}$", description="MEASURE: GB/T 2260 code of the place the measure applies to; CASE_COUNT: of the place the figure is counted for. Null when the text establishes none (national, or a unit that is not a division).")
    mode: MeasureMode | None = Field(None, description="MEASURE: `reported` (in force, decided, carried out) or `directive` (demanded of others in a meeting, speech or instruction, not reported as done).")
    annotator: str = Field(min_length=1, description="Rule set, dictionary or model (with version) that produced the mention.")
    parent_id: str | None = Field(None, pattern=MENTION_ID_PATTERN, description="`mention_id` of the innermost entity mention whose span contains this one; null for a top-level mention. Only the entity types PERSON, LOCATION, ORGANIZATION and DATE nest, in one another (a place inside an organization's name: 内蒙古 in 内蒙古日报). MEASURE and CASE_COUNT spans are another layer: they overlap entity mentions (内蒙古 inside `内蒙古6例`, a place inside a measure's clause) and one another, but are never a parent and always have a null `parent_id`. So count the entity rows with a null `parent_id` to count each stretch of text once among the entities, and count MEASURE and CASE_COUNT rows apart.")
    rule: str = Field(min_length=1, pattern=r"^[a-z0-9_.-]+$", description="The one rule or model that made this mention, e.g. `person.after_position`, `person.lac`, `place.gazetteer_full`, `organization.suffix`, `date.arabic` (the functions of `imcovid.annotate`; `imcovid evaluate --errors` lists errors by rule).")

    @model_validator(mode="after")
    def _shape(self) -> "Mention":
        # Runs once per published mention: the fields are read once, from the instance's dict (what attribute
        # access finds after a look through the class), and each check is the one its message states.
        f = self.__dict__
        start, end, kind = f["start"], f["end"], f["type"]
        code, level, name, value = f["code"], f["level"], f["name"], f["value"]
        if end <= start:
            raise ValueError("end must be greater than start")
        if end - start != len(f["surface"]):
            raise ValueError("end - start must equal len(surface)")
        own, parent = f["mention_id"], f["parent_id"]
        prefix = f["article_id"] + "-"
        if parent is not None and (parent == own or not parent.startswith(prefix)):
            raise ValueError("parent_id must name another mention of the same article")
        if not own.startswith(prefix):
            raise ValueError("mention_id must start with article_id")
        if kind == "MEASURE":
            if not (code in _MEASURE_CODES and f["action"] and f["mode"] and f["targeted"] is not None):
                raise ValueError("a MEASURE needs a measure code, an action, a mode and a targeted flag")
            if level is not None and not level.isdigit():
                raise ValueError("a MEASURE level is an OxCGRT ordinal (1-5)")
        elif kind == "LOCATION":
            if code is not None and not _GB_CODE.match(code):
                raise ValueError("a LOCATION code is a 6-digit GB/T 2260 code")
            if level is not None and level.isdigit():
                raise ValueError("a LOCATION level is province, prefecture or county")
        elif code or level or name:
            raise ValueError("code, level and name are for LOCATION and MEASURE mentions only")
        if name and kind != "LOCATION":
            raise ValueError("name is for LOCATION mentions only")
        if kind == "CASE_COUNT":
            if f["metric"] is None or value is None or not value.isdigit():
                raise ValueError("a CASE_COUNT needs a metric and an integer value")
        elif kind == "DATE":
            if value is not None and value.isdigit():
                raise ValueError("a DATE value is an ISO 8601 date")
        elif value is not None:
            raise ValueError("value is for DATE and CASE_COUNT mentions only")
        if kind != "CASE_COUNT" and (f["metric"] is not None or f["as_of"] is not None):
            raise ValueError("metric and as_of are for CASE_COUNT mentions only")
        if kind != "CASE_COUNT" and (f["origin"] is not None or f["period"] is not None or f["subject"] is not None):
            raise ValueError("origin, period and subject are for CASE_COUNT mentions only")
        if f["subject"] is not None and f["metric"] not in ("under_observation", "hospitalised"):
            raise ValueError("subject is for the under_observation and hospitalised metrics only")
        if kind != "MEASURE" and (f["action"] or f["mode"] or f["targeted"] is not None):
            raise ValueError("action, mode and targeted are for MEASURE mentions only")
        if kind != "MEASURE" and kind != "CASE_COUNT" and f["place_code"] is not None:
            raise ValueError("place_code is for MEASURE and CASE_COUNT mentions only")
        if kind != "PERSON" and f["title"] is not None:
            raise ValueError("title is for PERSON mentions only")
        return self


_MEASURE_CODES = frozenset(typing.get_args(MeasureCode))


class AnnotatedArticle(_Strict):
    """An article with its mentions: the unit validated before publishing (offsets are checked against `text`)."""

    article: Article
    mentions: list[Mention] = Field(default_factory=list)

    @model_validator(mode="after")
    def _offsets_inside_text(self) -> "AnnotatedArticle":
        text = self.article.text
        seen: set[str] = set()
        for m in self.mentions:
            if m.article_id != self.article.id:
                raise ValueError(f"mention {m.mention_id} belongs to another article")
            if m.end > len(text) or text[m.start : m.end] != m.surface:
                raise ValueError(f"mention {m.mention_id} offsets {m.start}:{m.end} do not hold {m.surface!r} in text")
            if m.mention_id in seen:
                raise ValueError(f"duplicate mention id {m.mention_id}")
            seen.add(m.mention_id)
        spans = {m.mention_id: (m.start, m.end) for m in self.mentions}
        for m in self.mentions:
            if m.parent_id is not None:
                outer = spans.get(m.parent_id)
                if outer is None or not (outer[0] <= m.start and m.end <= outer[1]):
                    raise ValueError(f"mention {m.mention_id}: parent {m.parent_id} is not a mention containing it")
        return self


class ChainLink(_Strict):
    """One link of a source's chain of custody, with the evidence for it."""

    role: Literal["original_outlet", "aggregator", "rsshub_route", "archive", "converter", "seed_file"] = Field(description="Place of the link in the chain: original outlet → aggregator → RSSHub route → Hexo archive capture → seed file; `converter`: a conversion tool whose trace the text bears (named `unknown converter` when the source does not name it).")
    name: str = Field(min_length=1, description="Who or what the link is (an outlet, an aggregator, a route, the archive, the file).")
    evidence: str = Field(min_length=1, description="How we know: the field or the text pattern that supports the link, quoted.")


class ProcessingStep(_Strict):
    """A processing step that changed the text, with the software that did it and what it changed."""

    step: str = Field(min_length=1, description="Name of the step, e.g. `html_to_paragraphs`, `strip_pinyin`, `tw2s`.")
    library: str = Field(min_length=1, description="Library (or this package) that did the work.")
    library_version: str = Field(min_length=1, description="Version of that library in this build.")
    changed: str = Field(min_length=1, description="What the step changes.")
    count: int = Field(ge=0, description="How many changes it made to this source.")


class Origin(_Strict):
    """Where the harvest found a source's bytes in a public archive (from `seeds/ORIGINS.jsonl`, written by
    `imcovid harvest`), and why the selection rule took it."""

    repo: str = Field(min_length=1, description="The archive repository, `owner/name` on GitHub (e.g. `Rock-Candy-Tea/RSSHUB-PAGE`), or the folder's name for a plain folder.")
    path: str = Field(min_length=1, description="Path of the post inside the repository (`source/_posts/<c1>/<c2>/<c3>/<title>.md`).")
    commit: str | None = Field(None, pattern=r"^[0-9a-f]{40}$", description="A commit of the repository that holds exactly these bytes at `path` (the capture's commit); null when unknown (a plain folder, a file changed in the work tree).")
    url: str | None = Field(None, description="Where to fetch the exact bytes: `https://github.com/` + `repo` + `/blob/` + `commit` + `/` + `path` (null without a commit or outside GitHub).")
    rule: str = Field(min_length=1, description="Version of the selection rule that took the post (`data/selection_rule.toml`).")
    focus: Literal["focus", "mention"] | None = Field(None, description="`focus`: an Inner Mongolian place is in the title or the lead; `mention`: only further down.")
    covid_terms: list[str] = Field(default_factory=list, description="COVID-19 lexicon terms the rule found in the title and text.")
    places: list[str] = Field(default_factory=list, description="Inner Mongolian places (GB/T 2260 code and surface) the rule found.")


class ProvenanceRecord(_Strict):
    """One raw source file, accepted or rejected (config `provenance`)."""

    source_file: str = Field(min_length=1, description="Path of the raw source under `seeds/` (POSIX separators).")
    size_bytes: int = Field(ge=0, description="Size of the raw file in bytes.")
    sha256: Sha256 | None = Field(None, description="SHA-256 of the raw bytes (null only when the file could not be read).")
    format: Literal["hexo", "plaintext", "unknown"] = Field(description="Detected format.")
    encoding: str | None = Field(None, description="Encoding the bytes were decoded with.")
    status: Literal["accepted", "rejected", "duplicate"] = Field(description="accepted: published; rejected: not published, see `reasons`; duplicate: same bytes as `duplicate_of`.")
    reasons: list[str] = Field(default_factory=list, description="Why the source was rejected (empty when accepted).")
    flags: list[str] = Field(default_factory=list, description="Quality flags raised on an accepted source.")
    article_ids: list[str] = Field(default_factory=list, description="Ids of the articles this source produced.")
    duplicate_of: str | None = Field(None, description="For a duplicate: the `source_file` whose bytes it repeats.")
    story_id: str | None = Field(None, description="The `story_id` of the article this source produced (or repeats): exact and near-duplicate copies of one story share it (normalized-text hash, then MinHash-LSH; see the stories page).")
    chain: list[ChainLink] = Field(default_factory=list, description="The chain of custody the evidence supports, outlet first.")
    original_outlets: list[str] = Field(default_factory=list, description="Names of the `original_outlet` links (flat copy for pandas).")
    aggregator: str | None = Field(None, description="Name of the aggregator link (flat copy for pandas).")
    archive_path: str | None = Field(None, description="Path the Hexo archive would have given the capture (`source/_posts/<c1>/<c2>/<c3>/<title>.md`), derived by the archive's naming rule.")
    rights_statement: str | None = Field(None, description="Rights or disclaimer notice found in the source, verbatim.")
    origins: list[Origin] = Field(default_factory=list, description="Captures of these bytes in the public archive recorded by `imcovid harvest` (repository, path, commit, and why the selection rule took them); empty for sources that did not come through the harvest.")
    processing_steps: list[ProcessingStep] = Field(default_factory=list, description="Steps that changed the text, with library versions and counts.")
    software_version: str = Field(min_length=1, description="Version of the `imcovid` package that built the record.")
    dataset_version: str = Field(min_length=1, description="Dataset version the record was published in.")

    @model_validator(mode="after")
    def _status_consistent(self) -> "ProvenanceRecord":
        if self.status == "accepted" and (self.reasons or not self.article_ids):
            raise ValueError("an accepted source has article ids and no rejection reasons")
        if self.status == "rejected" and (not self.reasons or self.article_ids):
            raise ValueError("a rejected source has reasons and no article ids")
        if self.status == "duplicate" and not self.duplicate_of:
            raise ValueError("a duplicate names the source it duplicates")
        return self


RECORD_MODELS: dict[str, type[BaseModel]] = {
    "articles": Article,
    "mentions": Mention,
    "provenance": ProvenanceRecord,
}


class MeasureRow(_Strict):
    """One measure in force, decided or demanded at a place on a date, with the mentions that support it (config
    `measures`): one row per (place_code, date, code, action) across all articles."""

    measure_id: HexId = Field(description="Stable row id: the first 16 hex digits of the SHA-256 of `place_code|date|code|action`.")
    place_code: str | None = Field(None, pattern=r"^[1-9][0-9]{5}$", description="GB/T 2260 code of the place the measure applies to (null: national, or no place established by the text).")
    date: _dt.date | None = Field(None, description="The date of the MEASURE mentions: the explicit date of their sentence, else the article's publication date (Asia/Shanghai). Whether it is a date of implementation or of an order is in `modes`.")
    code: MeasureCode = Field(description="OxCGRT indicator id or `CN-` code (see the codebook of measure codes).")
    action: MeasureAction = Field(description="impose, strengthen, maintain, relax, lift or announce-plan.")
    level: int | None = Field(None, ge=1, le=5, description="The highest OxCGRT ordinal level the evidence states (OxCGRT's most-stringent rule); null when no text states what a level requires.")
    targeted: bool = Field(description="True when every supporting mention limits the measure to part of the place or to a group (OxCGRT flag 0); false when at least one states it generally.")
    modes: list[MeasureMode] = Field(description="Modes of the supporting mentions (`reported`: in force or carried out; `directive`: demanded), distinct, sorted.")
    mention_ids: list[str] = Field(min_length=1, description="`mention_id`s of the supporting MEASURE mentions in the `mentions` config.")
    article_ids: list[HexId] = Field(min_length=1, description="Ids of the articles those mentions are in (distinct, sorted).")


class CaseCountEvidence(_Strict):
    """One CASE_COUNT mention behind a `case_counts` row."""

    value: int = Field(ge=0, description="The figure this mention reports.")
    mention_id: str = Field(min_length=1, description="`mention_id` of the CASE_COUNT mention.")
    article_id: HexId = Field(description="Id of the article it is in.")


class CaseCountRow(_Strict):
    """One epidemic figure for a place, a date, a metric and its qualifiers (origin, period, subject) across all
    articles (config `case_counts`). All values reported are kept, never averaged; a row holding more than one is
    marked `values_differ`, and `differ_within_article` and `disputed` say why; a running total smaller than an earlier
    one of its place and qualifiers is marked `below_earlier_total`. Figures with no place code are the country's (`place_scope`
    `national`) only when the text says so; others (a zone, several divisions together, a place abroad) are
    `unplaced` rows of their own."""

    case_count_id: HexId = Field(description="Stable row id: the first 16 hex digits of the SHA-256 of `place_code|as_of|metric` (`place_code|as_of|metric|unplaced` for an `unplaced` row); a row whose qualifiers say more than its metric does (`origin`, `period`, `subject` other than the metric's own: see `origin`) has `|origin|period|subject` after that (empty for null), so that a row's id never changes when other rows gain qualifiers.")
    place_code: str | None = Field(None, pattern=r"^[1-9][0-9]{5}$", description="GB/T 2260 code of the division the figure is counted for; null for a national or an unplaced figure (see `place_scope`).")
    place_scope: PlaceScope = Field(description="`division`: counted for the division `place_code`. `national`: no place code, and the text shows the figure to be the country's (a national term reports it in its clause, or the text reports national figures and neither its clause names a place nor its sentence several provinces together). `unplaced`: no place code and not shown to be national — a unit that is not a division (a zone, a town), several divisions together, a place abroad, or no place the text establishes; such rows gather figures of different places under one date and metric, so read them through `evidence`.")
    as_of: date | None = Field(None, description="The date the figure refers to (null: no explicit date governs it in the text).")
    metric: Metric = Field(description="What is counted and whether it is a new (daily or period), running or current count (see `metric` in the mention codebook).")
    origin: CountOrigin | None = Field(None, description="Part of the row's key: the supporting mentions' `origin` (" + _ORIGIN_DOC + "); for the `_local` and `_imported` metrics, the metric's own (`local` also for figures not stated imported, as the metric counts them).")
    period: CountPeriod | None = Field(None, description="Part of the row's key: the supporting mentions' `period` (" + _PERIOD_DOC + "); where the text writes no marker, the metric's own kind (`new` for the new-case metrics, `cumulative` for the running totals, `current` for `hospitalised` and `under_observation`); null for a metric of either kind (`deaths`, `recovered` …) with no marker.")
    subject: CountSubject | None = Field(None, description="Part of the row's key: the supporting mentions' `subject` (" + _SUBJECT_DOC + ").")
    value: int | None = Field(None, ge=0, description="The figure when every supporting mention reports the same value; null when they differ (`values_differ`; see `values`).")
    values: list[int] = Field(min_length=1, description="The distinct values reported, ascending.")
    values_differ: bool = Field(description="True when the row holds more than one distinct value, from one article or several (`value` is null): do not take `values[0]` as the figure; `differ_within_article` and `disputed` say why.")
    differ_within_article: bool = Field(description="True when one article alone gives several values for this place, date, metric and qualifiers: figures of different quantities the text does not tell apart by a marker or a scope (a subtotal and a total with no scope word, the figures of different places that share no code, a day's and a running count of a metric with no marker), not a disagreement between sources; the evidence's mentions show which is which.")
    disputed: bool = Field(description="True when the values come from different articles and no one article gives them all: the articles disagree (a revised, misreported or misread figure). Two articles giving the same values, or one giving a part of another's, are not disputed.")
    below_earlier_total: bool = Field(description="True for a running total (`confirmed_cumulative`, `asymptomatic_cumulative`, `positive_cumulative`) with an `as_of` date when even its largest value is smaller than a value on an earlier `as_of` date of the same `place_code`, `place_scope`, metric, `period` and `subject` and an `origin` it holds (a total of all cases, origin null, holds the local and the imported ones; a local or imported total only its own origin's): a running total cannot fall, so this row (or the earlier one) holds a figure filed for the wrong place or quantity — typically a city's or one outbreak's total that the text gives as the region's. The later, lower row is the one flagged. Always false for other metrics, for rows without `as_of` and for `unplaced` rows (they gather figures of different places). Computed across all rows, never from one article.")
    evidence: list[CaseCountEvidence] = Field(min_length=1, description="Each supporting CASE_COUNT mention with its value and article.")
    article_ids: list[HexId] = Field(min_length=1, description="Ids of the articles reporting the figure (distinct, sorted).")

    @model_validator(mode="after")
    def _values_agree_with_flags(self):
        """A row says what its values hold: `value` and `values_differ` agree with `values`, a scope with the code."""
        if self.values_differ != (len(self.values) > 1) or (self.value is None) != self.values_differ \
                or (self.value is not None and self.value != self.values[0]):
            raise ValueError("value, values and values_differ disagree")
        if not self.values_differ and (self.differ_within_article or self.disputed):
            raise ValueError("a row whose values agree is neither differing within an article nor disputed")
        if (self.place_scope == "division") != (self.place_code is not None):
            raise ValueError("place_scope is division exactly when the row has a place_code")
        if self.below_earlier_total and (self.as_of is None or self.place_scope == "unplaced"
                                         or METRIC_KINDS[self.metric][0] != "running"):
            raise ValueError("only a dated running total of a division or the country can be below an earlier total")
        return self


RECORD_MODELS.update({"measures": MeasureRow, "case_counts": CaseCountRow})
