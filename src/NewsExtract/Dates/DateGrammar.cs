using System.Buffers;
using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;
using NewsExtract.Languages;
using NewsExtract.Text;

namespace NewsExtract.Dates;

/// <summary>How a time-of-day word shifts the hour written next to it.</summary>
internal enum Meridiem
{
    None = 0,

    /// <summary>Morning: 12 means 0.</summary>
    Am,

    /// <summary>Afternoon: hours below 12 move to the afternoon.</summary>
    Pm,

    /// <summary>Midday: 1–5 are afternoon hours, 11 and 12 stay.</summary>
    Noon,

    /// <summary>Evening: every hour below 12 moves to the evening, 12 is midnight.</summary>
    Evening,

    /// <summary>Night: 6–11 are evening hours, 1–5 stay early-morning, 12 is midnight.</summary>
    Night,
}

/// <summary>The units a relative date ("3小时前", "2 giờ trước") counts in.</summary>
internal enum RelativeUnit
{
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Month,
}

/// <summary>
/// The dates of one lexicon: the shapes of <see cref="DateForms"/> written with the lexicon's date words (markers,
/// time-of-day words, weekdays, zones, eras, units, relative words, cue labels), and the tables that read the words a
/// match holds. Every pattern shares the group names one reader handles: y, m, d, roc, sep, lead, wd, h, mi, s, ap1/ap2
/// (time-of-day words before/after the clock), t (ISO 'T'), iso, tz/os/oh/om and zone (offsets), n/u/n2/u2 (a relative
/// time), w (a relative word). Immutable; shared by all threads.
/// </summary>
internal sealed class DateGrammar
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;
    private const string Sp = Words.Space;

    private readonly FrozenDictionary<string, Meridiem> _meridiems;
    private readonly FrozenDictionary<string, RelativeUnit> _units;
    private readonly FrozenDictionary<string, TimeSpan> _zones;
    private readonly FrozenDictionary<string, int> _eras;
    private readonly FrozenDictionary<string, int> _daysBack;
    private readonly FrozenDictionary<string, TimeSpan> _instantsBack;
    private readonly FrozenSet<string> _needClock;
    private readonly FrozenSet<string> _notDates;
    private readonly (string Label, DateCue Cue, bool Standalone)[] _cueLabels;
    private readonly string _numerals;
    private readonly string _zeroNumerals;
    private readonly string _tenNumerals;
    private readonly FrozenDictionary<string, int> _eraWithoutMarker;
    private readonly SearchValues<char> _triggerChars;
    private readonly SearchValues<string>? _triggerWords;
    private readonly bool _alwaysTriggered;

    /// <summary>The grammar of <paramref name="lexicon"/>'s pages.</summary>
    /// <param name="lexicon">The date words (its <c>dates.*</c> lists).</param>
    /// <param name="forms">The forms read; by default the lexicon's <c>dates.forms</c>.</param>
    /// <param name="dayFirst">Whether numeric dates are day first; by default the lexicon's <c>dates.dayFirst</c>.</param>
    public DateGrammar(Lexicon lexicon, IReadOnlyList<DateForm>? forms = null, bool? dayFirst = null)
    {
        var ignoreCase = lexicon.IgnoreCase;
        DayFirst = dayFirst ?? lexicon.Setting(LexiconLists.DayFirst) == "true";
        Forms = forms ?? [.. lexicon[LexiconLists.DateForms].Select(DateForms.Parse).Distinct().Order()];

        _meridiems = Table(Keyed(lexicon, LexiconLists.MeridiemsBefore).Concat(Keyed(lexicon, LexiconLists.MeridiemsAfter)), k => LexiconLists.MeridiemKeys[k]);
        _units = Table(Keyed(lexicon, LexiconLists.Units), k => LexiconLists.UnitKeys[k]);
        _zones = Table(Keyed(lexicon, LexiconLists.Zones), k => LexiconLists.TryParseOffset(k, out var offset) ? offset : TimeSpan.Zero);
        _eras = Table(Keyed(lexicon, LexiconLists.Eras), k => int.Parse(k, CultureInfo.InvariantCulture));
        _daysBack = Table(Keyed(lexicon, LexiconLists.DaysBack), k => int.Parse(k, CultureInfo.InvariantCulture));
        _instantsBack = Table(Keyed(lexicon, LexiconLists.InstantsBack), k => TimeSpan.FromMinutes(int.Parse(k, CultureInfo.InvariantCulture)));
        _needClock = lexicon[LexiconLists.NeedClock].ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        _notDates = lexicon[LexiconLists.NotDates].ToFrozenSet(StringComparer.Ordinal);
        _cueLabels = [.. Keyed(lexicon, LexiconLists.CueLabels).SelectMany(e => e.Words.Select(w => (w, LexiconLists.CueKeys[e.Key], false)))
            .Concat(Keyed(lexicon, LexiconLists.StandaloneCueLabels).SelectMany(e => e.Words.Select(w => (w, LexiconLists.CueKeys[e.Key], true))))
            .OrderByDescending(c => c.w.Length)];
        _numerals = string.Concat(lexicon[LexiconLists.Numerals].Where(n => n.Length == 1));
        _zeroNumerals = string.Concat(lexicon[LexiconLists.ZeroNumerals].Where(n => n.Length == 1));
        _tenNumerals = string.Concat(lexicon[LexiconLists.TenNumerals].Where(n => n.Length == 1));
        _eraWithoutMarker = lexicon.Tags
            .Select(t => (Tag: t, Era: lexicon.Setting(LexiconLists.EraWithoutMarker, t) is not null ? lexicon.NumberSetting(LexiconLists.EraWithoutMarker, t) : null))
            .Where(e => e.Era is not null).ToFrozenDictionary(e => e.Tag, e => e.Era!.Value, StringComparer.OrdinalIgnoreCase);
        _singleTag = lexicon.Tags.Count == 1 ? lexicon.Tags[0] : null;

        var patterns = new Patterns(lexicon, ignoreCase);
        _regexes = Forms.ToFrozenDictionary(f => f, f => new TieredRegex(patterns.Of(f), Options));

        // Every form holds a digit (\d, as the regex engine reads it), a numeral (二〇二五年) or a relative word (昨天,
        // hôm qua): the prefilter, derived from those words. A cased word is searched by its first word, ignoring case.
        var relative = Keyed(lexicon, LexiconLists.DaysBack).Concat(Keyed(lexicon, LexiconLists.InstantsBack)).SelectMany(e => e.Words).Where(w => w.Length > 0).ToArray();
        var caseless = relative.Where(w => !ignoreCase || PhraseSearch.IsCaseless(w)).Select(w => w[0]);
        var cased = relative.Where(w => ignoreCase && !PhraseSearch.IsCaseless(w)).Select(w => w.Split(' ')[0]).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        _triggerChars = SearchValues.Create([.. CharSets.Matching(@"\d", RegexOptions.CultureInvariant), .. _numerals, .. _zeroNumerals, .. _tenNumerals, .. caseless]);
        _alwaysTriggered = !cased.All(CharSets.CaseFoldsAsOrdinal);
        _triggerWords = cased.Length == 0 || _alwaysTriggered ? null : SearchValues.Create(cased, StringComparison.OrdinalIgnoreCase);
    }

    private readonly FrozenDictionary<DateForm, TieredRegex> _regexes;
    private readonly string? _singleTag;

    /// <summary>The forms this grammar reads, in <see cref="DateForm"/> order.</summary>
    public IReadOnlyList<DateForm> Forms { get; }

    /// <summary>Numeric dates are day first (12/7 is 12 July) and a bare d/m is a date.</summary>
    public bool DayFirst { get; }

    /// <summary>The pattern of a form this grammar reads.</summary>
    public Regex Regex(DateForm form) => _regexes[form].Current;

    /// <summary>False when no form can match <paramref name="text"/>: it holds no digit, numeral nor relative word. True says nothing.</summary>
    public bool MayHoldDate(ReadOnlySpan<char> text) =>
        _alwaysTriggered || text.ContainsAny(_triggerChars) || (_triggerWords is not null && text.ContainsAny(_triggerWords));

    /// <summary>The shift a time-of-day word applies.</summary>
    public Meridiem MeridiemOf(string word) => _meridiems.GetValueOrDefault(Words.Key(word));

    /// <summary>A unit word.</summary>
    public bool TryGetUnit(string word, out RelativeUnit unit) => _units.TryGetValue(Words.Key(word), out unit);

    /// <summary>The offset a zone word names.</summary>
    public TimeSpan ZoneOffset(string word) => _zones.GetValueOrDefault(Words.Key(word));

    /// <summary>The Gregorian year before year 1 of the era a marker names (民國: 1911); 0 when unknown.</summary>
    public int EraEpoch(string marker) => _eras.GetValueOrDefault(Words.Key(marker));

    /// <summary>The era a year of two or three digits is read in on pages of <paramref name="language"/> (0: none).</summary>
    public int EraWithoutMarker(ContentLanguage language) =>
        _eraWithoutMarker.TryGetValue(language.ToLanguageTag(), out var era) || (_singleTag is not null && _eraWithoutMarker.TryGetValue(_singleTag, out era)) ? era : 0;

    /// <summary>How many days back a relative day word means (今天 0, hôm qua 1).</summary>
    public bool TryGetDaysBack(string word, out int days) => _daysBack.TryGetValue(Words.Key(word), out days);

    /// <summary>How long ago a relative instant word means (刚刚, vừa xong).</summary>
    public bool TryGetInstantBack(string word, out TimeSpan span) => _instantsBack.TryGetValue(Words.Key(word), out span);

    /// <summary>Day words too common in running text to count without a clock (今日).</summary>
    public bool NeedsClock(string word) => _needClock.Contains(Words.Key(word));

    /// <summary>Day/month pairs that are idioms, not dates (24/7).</summary>
    public bool IsNotDate(string dayMonth) => _notDates.Contains(dayMonth);

    /// <summary>The value of a numeral written in words: 二〇二五 → 2025, 十二 → 12, 三十一 → 31; -1 when it is none.</summary>
    public int Numeral(ReadOnlySpan<char> text)
    {
        var ten = _tenNumerals.Length == 0 ? -1 : text.IndexOfAny(_tenNumerals);
        if (ten < 0)
        {
            var value = 0;
            foreach (var c in text)
            {
                var digit = Digit(c);
                if (digit < 0)
                {
                    return -1;
                }

                value = (value * 10) + digit;
            }

            return text.IsEmpty ? -1 : value;
        }

        var tens = ten == 0 ? 1 : text[..ten].Length == 1 ? Digit(text[0]) : -1;
        var units = ten == text.Length - 1 ? 0 : text[(ten + 1)..].Length == 1 ? Digit(text[ten + 1]) : -1;
        return tens < 1 || units < 0 ? -1 : (tens * 10) + units;
    }

    private int Digit(char c) => _numerals.IndexOf(c) is var i and >= 0 ? i : _zeroNumerals.Contains(c) ? 0 : -1;

    // What may stand between a cue label and its date: white space, commas, brackets, colons, a bar, dashes.
    private static readonly string CueSeparators = " \t\u00A0\u3000,，【】[]()（）" + Separators.Colons + Separators.Bars[0] + Separators.Dashes;

    /// <summary>The label in front of a date at <paramref name="index"/> of <paramref name="text"/> (发布时间：, Cập nhật:, 时间：).</summary>
    public DateCue CueBefore(string text, int index)
    {
        var before = text.AsSpan(0, index).TrimEnd(CueSeparators);
        foreach (var (label, cue, standalone) in _cueLabels)
        {
            if (!before.EndsWith(label, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var at = before.Length - label.Length;
            if (standalone && at > 0 && char.IsLetter(before[at - 1]))
            {
                continue; // 北京时间 is a zone, 文章发布 handled by the longer label
            }

            return cue;
        }

        return DateCue.None;
    }

    private static IEnumerable<(string Key, IReadOnlyList<string> Words)> Keyed(Lexicon lexicon, string map) => LexiconLists.Keyed(lexicon, map);

    private static FrozenDictionary<string, T> Table<T>(IEnumerable<(string Key, IReadOnlyList<string> Words)> entries, Func<string, T> value)
    {
        var table = new Dictionary<string, T>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, words) in entries)
        {
            foreach (var word in words)
            {
                table.TryAdd(Words.Key(word), value(key));
            }
        }

        return table.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The shapes of <see cref="DateForms"/>, each written with the lexicon's words.</summary>
    private sealed class Patterns
    {
        private readonly string _clock;
        private readonly string _timeTail;
        private readonly string _offsetTail;
        private readonly string _zoneLead;
        private readonly string _weekdayAfter;
        private readonly string _dayFirstLead;
        private readonly string _dayWord;
        private readonly string _year;
        private readonly string _month;
        private readonly string _day;
        private readonly string _bareDay;
        private readonly string _notAfterDay;
        private readonly string _era;
        private readonly string _numeral;
        private readonly string _monthDayNumeral;
        private readonly string _dayLead;
        private readonly string _dayLeadFiller;
        private readonly string _monthWord;
        private readonly string _yearWord;
        private readonly string _units;
        private readonly string _ago;
        private readonly string _relative;

        public Patterns(Lexicon lexicon, bool ignoreCase)
        {
            string Words(string list) => Alternation(lexicon[list], ignoreCase);
            string KeyedWords(string map) => Alternation(LexiconLists.Keyed(lexicon, map).SelectMany(e => e.Words), ignoreCase);

            var meridiemBefore = KeyedWords(LexiconLists.MeridiemsBefore);
            var meridiemAfter = Alternation(LexiconLists.Keyed(lexicon, LexiconLists.MeridiemsAfter).SelectMany(e => e.Words), ignoreCase: true);
            var hour = Alternation(lexicon[LexiconLists.HourMarkers], ignoreCase);

            // 09:50, 09:50:00, 9h30, 9h, 9时50分, 上午9:50, 04:00 chiều, 03:04 AM.
            _clock = "(?:(?<ap1>" + meridiemBefore + ")" + Sp + "*)?"
                + "(?<h>\\d{1,2})(?:[:：](?<mi>\\d{2})(?:[:：](?<s>\\d{2})(?:[.,]\\d{1,7})?)?|[hH](?<mi>\\d{2})?(?![\\p{L}])|"
                + hour + "(?<mi>\\d{1,2})" + Words(LexiconLists.MinuteMarkers) + "(?:(?<s>\\d{1,2})" + Words(LexiconLists.SecondMarkers) + ")?)(?!\\d)"
                + "(?:" + Sp + "*(?<ap2>" + meridiemAfter + ")(?![\\p{L}]))?";

            var zone = KeyedWords(LexiconLists.Zones);
            var clockLead = lexicon[LexiconLists.ClockLeads].Count == 0 ? "" : "(?:" + Words(LexiconLists.ClockLeads) + Sp + "+)?";

            // The clock after a date, with its separator; an ISO offset only after a 'T'.
            _timeTail = "(?:(?:(?<t>T)|" + Sp + "*(?:[,，|\\-–—]" + Sp + "*)?" + clockLead + "(?:(?<zone>" + zone + ")" + Sp + "*)?)" + _clock
                + "(?(t)(?<iso>Z|[+\\-]\\d{2}(?::?\\d{2})?)?|))?";

            // GMT+7, (GMT+7), UTC+8, GMT+08:00, (GMT), 北京时间.
            _offsetTail = "(?:" + Sp + "*[(（]?" + Sp + "*(?:(?<tz>GMT|UTC)(?:" + Sp + "*(?<os>[+\\-−])" + Sp + "*(?<oh>\\d{1,2})(?::?(?<om>\\d{2}))?)?|(?<zone>" + zone + "))(?![\\p{L}\\d])" + Sp + "*[)）]?)?";
            _zoneLead = "(?:(?<zone>" + zone + ")" + Sp + "*)?";

            // A weekday: a prefix and a name (星期一, thứ hai, thứ 7) or a whole word (chủ nhật).
            var weekday = "(?:" + Words(LexiconLists.WeekdayPrefixes) + Sp + "*" + Words(LexiconLists.WeekdayNames) + "|" + Words(LexiconLists.Weekdays) + ")";
            _weekdayAfter = "(?:" + Sp + "*[(（]?" + weekday + "[)）]?)?";
            _dayWord = Words(LexiconLists.DayWords);
            _dayFirstLead = "(?:(?<wd>" + weekday + ")" + Sp + "*[,，]?" + Sp + "*)?(?:(?<lead>" + _dayWord + ")" + Sp + "+)?";

            _year = Words(LexiconLists.YearMarkers);
            _month = Words(LexiconLists.MonthMarkers);
            _day = Words(LexiconLists.DayMarkers);
            _bareDay = Words(LexiconLists.BareDayMarkers);
            _notAfterDay = Alternation(lexicon[LexiconLists.NotAfterDay], ignoreCase);
            _era = KeyedWords(LexiconLists.Eras);
            var numerals = lexicon[LexiconLists.Numerals].Where(n => n.Length == 1).ToArray();
            _numeral = NewsExtract.Languages.Words.Class([.. numerals, .. lexicon[LexiconLists.ZeroNumerals]]);
            _monthDayNumeral = NewsExtract.Languages.Words.Class([.. numerals.Skip(1), .. lexicon[LexiconLists.TenNumerals]]);
            _dayLead = Words(LexiconLists.DayLeads);
            _dayLeadFiller = Words(LexiconLists.DayLeadFillers);
            _monthWord = Words(LexiconLists.MonthWords);
            _yearWord = Words(LexiconLists.YearWords);
            _units = KeyedWords(LexiconLists.Units);

            // "N units ago": an ago word that ends a word of a cased script (trước) may not run into a letter; a character
            // after it may make it another word (3天前天).
            var ago = lexicon[LexiconLists.AgoWords].Where(w => w.Length > 0).OrderByDescending(w => w.Length)
                .Select(w => Wrap(NewsExtract.Languages.Words.Escape(w), ignoreCase) + NewsExtract.Languages.Words.EndBoundary(w)).ToList();
            _ago = (ago.Count == 0 ? "(?!)" : "(?:" + string.Join('|', ago) + ")") + NotBefore(lexicon[LexiconLists.AgoNotBefore]);

            // Relative words (昨天, hôm qua, 刚刚): a word of a cased script stands between non-letters.
            var relative = LexiconLists.Keyed(lexicon, LexiconLists.DaysBack).Concat(LexiconLists.Keyed(lexicon, LexiconLists.InstantsBack))
                .SelectMany(e => e.Words).Where(w => w.Length > 0).Distinct(StringComparer.Ordinal).OrderByDescending(w => w.Length)
                .Select(w => NewsExtract.Languages.Words.StartBoundary(w) + Wrap(NewsExtract.Languages.Words.Escape(w), ignoreCase) + NewsExtract.Languages.Words.EndBoundary(w)).ToList();
            _relative = "(?<w>" + (relative.Count == 0 ? "(?!)" : string.Join('|', relative)) + ")" + NotBefore(lexicon[LexiconLists.RelativeNotBefore])
                + "(?:" + Sp + "*[,，]?" + Sp + "*" + clockLead + _clock + ")?";
        }

        private static string Alternation(IEnumerable<string> words, bool ignoreCase) => NewsExtract.Languages.Words.Alternation(words, ignoreCase);

        private static string Wrap(string pattern, bool ignoreCase) => ignoreCase ? "(?i:" + pattern + ")" : pattern;

        private static string NotBefore(IReadOnlyList<string> words) => words.Count == 0 ? "" : "(?!" + NewsExtract.Languages.Words.Alternation(words) + ")";

        public string Of(DateForm form) => form switch
        {
            // 2025-07-13, 2025/7/13, 2025.07.13, with time and offset.
            DateForm.NumericYearFirst => _zoneLead + "(?<!\\d)(?<y>\\d{4})(?<sep>[\\-/.])(?<m>\\d{1,2})\\k<sep>(?<d>\\d{1,2})(?!\\d|[\\-/.]\\d)" + _weekdayAfter + _timeTail + _offsetTail,

            // 2025年7月13日, 民國114年7月12日, 114年7月12日.
            DateForm.YearMonthDay => _zoneLead + "(?:(?<roc>" + _era + ")" + Sp + "*)?(?<!\\d)(?<y>\\d{2,4})" + Sp + "*" + _year + Sp + "*(?<m>\\d{1,2})" + Sp + "*" + _month
                + Sp + "*(?<d>\\d{1,2})" + Sp + "*" + _day + _weekdayAfter + _timeTail + _offsetTail,

            // 二〇二五年七月十二日.
            DateForm.NumeralDate => "(?<y>" + _numeral + "{4})" + _year + "(?<m>" + _monthDayNumeral + "{1,2})" + _month + "(?<d>" + _monthDayNumeral + "{1,3})" + _day
                + _weekdayAfter + _timeTail + _offsetTail,

            // 7月12日 (no year).
            DateForm.MonthDay => _zoneLead + "(?<!(?:\\d|" + _year + ")" + Sp + "*)(?<m>\\d{1,2})" + Sp + "*" + _month + Sp + "*(?<d>\\d{1,2})" + Sp + "*" + _day
                + _weekdayAfter + _timeTail + _offsetTail,

            // 12日 (day only), not 12日元.
            DateForm.DayOnly => "(?<!(?:[\\d/\\-.]|" + _month + "|" + _year + ")" + Sp + "*)(?<d>\\d{1,2})" + _bareDay + (_notAfterDay == "(?!)" ? "" : "(?!" + _notAfterDay + ")") + _timeTail,

            // Baidu's compressed 10-0812:00 (m-d) and 18-03-0823:16 (yy-m-d): only with a clock, else scores and ranges.
            DateForm.NumericShortWithClock => "(?<!\\d|\\d[\\-/.:])(?:(?<y>\\d{2})-)?(?<m>\\d{2})-(?<d>\\d{2})" + Sp + "*" + _clock + _offsetTail,

            // 12/07/2025, 12-07-2025, 6.4.2012, 30/11/12, with a weekday in front: Thứ bảy, 12/7/2025, 09:30 (GMT+7).
            DateForm.NumericDayFirst => _dayFirstLead + "(?<!\\d|\\d[/.\\-])(?<d>\\d{1,2})(?<sep>[/.\\-])(?<m>\\d{1,2})\\k<sep>(?<y>\\d{4}|\\d{2})(?!\\d|[/.\\-]\\d)" + _timeTail + _offsetTail,

            // 09:30 12/07/2025, 10h30 ngày 12/7, 04:00 chiều, 12/7.
            DateForm.ClockThenDayFirst => "(?<!\\d|\\d[:：])" + _clock + Sp + "*(?:[,，|\\-–—]" + Sp + "*)?(?:(?<lead>" + _dayWord + ")" + Sp + "+)?(?<!\\d|\\d[/.\\-])(?<d>\\d{1,2})(?<sep>[/.\\-])(?<m>\\d{1,2})(?:\\k<sep>(?<y>\\d{4}|\\d{2}))?(?!\\d|[/.\\-]\\d)" + _offsetTail,

            // Ngày 12/7, sáng 12/7, 12/7 (no year).
            DateForm.DayMonth => "(?:(?<lead>" + _dayLead + ")" + Sp + "+(?:" + _dayLeadFiller + Sp + "+)?)?(?<!\\d|\\d[/.\\-])(?<d>\\d{1,2})(?<sep>[/.])(?<m>\\d{1,2})(?!\\d|[/.]\\d)" + _timeTail + _offsetTail,

            // ngày 12 tháng 7 năm 2025, 12 tháng 7, 2025.
            DateForm.WordDate => "(?:(?<lead>" + _dayWord + ")" + Sp + "+)?(?<!\\d)(?<d>\\d{1,2})" + Sp + "+" + _monthWord + Sp + "+(?<m>\\d{1,2})(?!\\d)(?:" + Sp + "*(?:,|" + _yearWord + ")" + Sp + "*(?<y>\\d{4})(?!\\d))?" + _timeTail + _offsetTail,

            // 3小时前, 10分钟前, 2 giờ trước, 13 giờ 33 phút trước.
            DateForm.Ago => "(?<!\\d)(?<n>\\d{1,3})" + Sp + "*(?<u>" + _units + ")(?:" + Sp + "*(?<n2>\\d{1,2})" + Sp + "*(?<u2>" + _units + "))?" + Sp + "*" + _ago,

            // 昨天 18:30, 前天, 刚刚 (not 目前天气), hôm qua, hôm nay 09:00, vừa xong.
            _ => _relative,
        };
    }
}
