using System.Collections.Frozen;
using System.Globalization;

namespace NewsExtract.Languages;

/// <summary>
/// Every list a lexicon file (<c>Languages/*.json</c>) may hold, by the name it has in the file: one place that says
/// what each list holds. A nested object in a file names its lists with dots (<c>dates.units.hour</c>); lists whose last
/// part is a key (<c>dates.zones.+08:00</c>, <c>dates.daysBack.1</c>) are written with <c>*</c> for the key. The loader
/// rejects a list that is not here, so a misspelt name in a file or a user's extension fails at once; README's table
/// is checked against this catalogue by a test.
/// </summary>
internal static class LexiconLists
{
    // Attributions.

    /// <summary>Editorial credit roles before a name: 责任编辑：X, 编辑丨X, Biên tập: X.</summary>
    public const string CreditRoles = "creditRoles";

    /// <summary>Labels before a writer's name: 记者 X, 作者：X, 文/X, Tác giả: X.</summary>
    public const string AuthorLabels = "authorLabels";

    /// <summary>Labels before a content source: 来源：X, 本文来源：X, Nguồn: X.</summary>
    public const string SourceLabels = "sourceLabels";

    /// <summary>News agencies and outlets, each a list: the canonical name first, then its aliases.</summary>
    public const string Agencies = "agencies";

    /// <summary>Words before a print source in book-title marks: 刊于《半月谈》, 摘自《参考消息》.</summary>
    public const string PrintSourceCues = "printSourceCues";

    /// <summary>Endings of outlet names (日报, 网, 社, 周刊): a token ending so names a source.</summary>
    public const string MediaSuffixes = "mediaSuffixes";

    /// <summary>Endings of news-agency names (社): a reported source so named counts anywhere in the text.</summary>
    public const string AgencySuffixes = "agencySuffixes";

    /// <summary>Values after a source label that name no outlet (转载, 网络, 本站).</summary>
    public const string SourceStopwords = "sourceStopwords";

    /// <summary>Photo and video credit roles, read as a whole labelled line (摄影：X, Ảnh: X).</summary>
    public const string PhotoCreditRoles = "photoCreditRoles";

    /// <summary>Words that open a photographer's credit closing a caption: … Ảnh Trọng Đức., (Ảnh: TTXVN).</summary>
    public const string PhotoCreditOpenings = "photoCreditOpenings";

    /// <summary>Words after a photographer's name (张三 摄, X 供图): the name is a photographer's, not a writer's.</summary>
    public const string PhotoMarks = "photoMarks";

    /// <summary>Labels before a photographer's name with a slash (图/X).</summary>
    public const string PhotoLabels = "photoLabels";

    /// <summary>Common family names, one character each: tells a bare personal name (李楠) from other short words.</summary>
    public const string Surnames = "surnames";

    /// <summary>Staff labels of a signature (记者, 评论员, 通讯员): （记者 X）, 新华社记者 X.</summary>
    public const string ReporterLabels = "reporterLabels";

    /// <summary>Labels that open a bracketed signature on their own (编译, 撰文, 作者, 文).</summary>
    public const string SignatureLabels = "signatureLabels";

    /// <summary>Words that open an end attribution naming writers and outlets: Theo TTXVN, (Theo Sầm Hoa).</summary>
    public const string AttributionWords = "attributionWords";

    /// <summary>The word that makes an outlet the page's own (本 in 本报, 本台): 本报记者 X is a byline.</summary>
    public const string OwnOutletMarkers = "ownOutletMarkers";

    /// <summary>The page's own outlet as a lead names it (本报, 本台, 本网): 本报讯, 本报北京7月12日电.</summary>
    public const string OwnOutlets = "ownOutlets";

    /// <summary>Outlets that file dateline leads; the place follows the last of them (新华社北京 → 北京).</summary>
    public const string DatelineOutlets = "datelineOutlets";

    /// <summary>Words that are never a person's name in a byline (记者, 摄影, 整理, Theo, Ảnh).</summary>
    public const string NotNames = "notNames";

    /// <summary>Words never inside a name (文章, 更多): a byline value holding one is not a name.</summary>
    public const string NotInNames = "notInNames";

    /// <summary>Words joining names (và): A và B names two people.</summary>
    public const string NameConjunctions = "nameConjunctions";

    /// <summary>Words closing a list with "and others" (等): 参考消息、海外网等.</summary>
    public const string AndOthers = "andOthers";

    /// <summary>Possessive particles (的): a label followed by one is a word in a sentence, not a byline.</summary>
    public const string Possessives = "possessives";

    /// <summary>Field labels that end a byline's names on the same line (来源, 编辑, 时间).</summary>
    public const string AuthorNameStops = "authorNameStops";

    /// <summary>Field labels that end a source's name on the same line (作者, 编辑, 阅读, 分享).</summary>
    public const string SourceNameStops = "sourceNameStops";

    /// <summary>Field labels that end a credited name on the same line (来源, 时间).</summary>
    public const string CreditNameStops = "creditNameStops";

    /// <summary>Words opening a report cue in running text: 据X报道.</summary>
    public const string ReportCueOpenings = "reportCueOpenings";

    /// <summary>Words introducing a relayed source inside a report cue: 据X引述Y报道.</summary>
    public const string ReportCueRelays = "reportCueRelays";

    /// <summary>Words closing a report cue: 据X报道, 据X消息, 据X披露.</summary>
    public const string ReportCueClosings = "reportCueClosings";

    // Dateline leads: 新华社北京7月12日电, 长江网10月4日讯, TNW中文站 10月14日报道, 有关部门7月12日消息.

    /// <summary>Words closing a dated dispatch lead (电): 新华社北京7月12日电.</summary>
    public const string LeadDispatchWords = "leadDispatchWords";

    /// <summary>Words closing a news-flash lead, dated or not (讯): 长江网10月4日讯, 本报讯.</summary>
    public const string LeadFlashWords = "leadFlashWords";

    /// <summary>Words closing a dated report lead (报道): TNW中文站 10月14日报道.</summary>
    public const string LeadReportWords = "leadReportWords";

    /// <summary>Words closing a dated news lead (消息): 有关部门7月12日消息.</summary>
    public const string LeadNewsWords = "leadNewsWords";

    /// <summary>Endings that make a dateline lead's head an outlet, not a place (网, 报, 站).</summary>
    public const string NonPlaceSuffixes = "nonPlaceSuffixes";

    /// <summary>Capitalised run-in labels that are not dateline places (VIDEO, ẢNH, TRỰC TIẾP).</summary>
    public const string NotPlaces = "notPlaces";

    // Page furniture.

    /// <summary>Headings of related-article lists (相关阅读, Tin liên quan).</summary>
    public const string RelatedHeadings = "relatedHeadings";

    /// <summary>"Read more" links closing a teaser of another page: [全文], 【详细】, 更多&gt;&gt;.</summary>
    public const string ReadMoreLabels = "readMoreLabels";

    /// <summary>Breadcrumb phrases (当前位置, 首页 &gt;, Trang chủ).</summary>
    public const string NavigationCues = "navigationCues";

    /// <summary>Phrases that make a line boilerplate anywhere in it (版权所有, Copyright, Bản quyền).</summary>
    public const string BoilerplatePhrases = "boilerplatePhrases";

    /// <summary>Words that are boilerplate only as a whole short line (分享到, Chia sẻ).</summary>
    public const string BoilerplateLabels = "boilerplateLabels";

    /// <summary>Phrases that make a short line a caption (图为, 资料图, 摄, Ảnh:).</summary>
    public const string CaptionCues = "captionCues";

    /// <summary>Words opening a caption; one written with a colon must be followed by a colon (图为, 资料图：, Ảnh:).</summary>
    public const string CaptionOpenings = "captionOpenings";

    /// <summary>Video-player text (播放, 视频加载中, Video đang phát).</summary>
    public const string PlayerCues = "playerCues";

    /// <summary>Labels opening the title of an embedded video, before a separator: 视频丨…, Video: ….</summary>
    public const string VideoTitleLabels = "videoTitleLabels";

    /// <summary>Labels before an article's original title (原标题).</summary>
    public const string OriginalTitleCues = "originalTitleCues";

    /// <summary>Labels of the links and tags under an article, before a colon (上一篇, 关键词, Bài trước, Tags).</summary>
    public const string ArticleFooterLabels = "articleFooterLabels";

    /// <summary>Labels of a site's contact line, before a colon (地址, 电话, Địa chỉ, Fax).</summary>
    public const string ContactLabels = "contactLabels";

    /// <summary>Headings over readers' comments (网友评论, 全部评论, Bình luận).</summary>
    public const string CommentHeadings = "commentHeadings";

    /// <summary>Labels followed by a comment count (评论 (23), 跟帖 5).</summary>
    public const string CommentCountLabels = "commentCountLabels";

    /// <summary>Words after a comment count (23条评论).</summary>
    public const string CommentCounters = "commentCounters";

    /// <summary>Buttons on each comment (回复, 举报, Trả lời, Thích).</summary>
    public const string CommentButtons = "commentButtons";

    /// <summary>Vote buttons followed by their count (顶 51, 赞(3)).</summary>
    public const string CommentVotes = "commentVotes";

    /// <summary>Words after a comment's floor number (3楼).</summary>
    public const string CommentFloors = "commentFloors";

    /// <summary>A poster's tag closed by a bracket ([网友]).</summary>
    public const string CommentPosterTags = "commentPosterTags";

    // Language detection.

    /// <summary>Letters only this language (or script) uses among those the detector tells apart: 这/這, ơ ư đ ạ.</summary>
    public const string DetectorLetters = "detectorLetters";

    // Decoding.

    /// <summary>
    /// The most frequent characters of the language's text (zh-Hans: the 500 most frequent of modern written Chinese;
    /// zh-Hant: their traditional forms where they differ). A GBK or Big5 claim whose text has few of them (the union of
    /// every file's list) does not read as Chinese: Korean or Japanese bytes under a Chinese charset.
    /// </summary>
    public const string CommonCharacters = "commonCharacters";

    // Dates.

    /// <summary>The date shapes read on this language's pages (see Dates/DateForms.cs).</summary>
    public const string DateForms = "dates.forms";

    /// <summary>Markers after a year number (年).</summary>
    public const string YearMarkers = "dates.yearMarkers";

    /// <summary>Markers after a month number (月).</summary>
    public const string MonthMarkers = "dates.monthMarkers";

    /// <summary>Markers after a day number (日, 号).</summary>
    public const string DayMarkers = "dates.dayMarkers";

    /// <summary>Markers that make a bare number a day of the month (12日), read against the reference date; not 号, which numbers lines and buildings.</summary>
    public const string BareDayMarkers = "dates.bareDayMarkers";

    /// <summary>Characters after a day marker that make it a word (日元: yen).</summary>
    public const string NotAfterDay = "dates.notAfterDay";

    /// <summary>Markers after an hour in a written clock (9时50分).</summary>
    public const string HourMarkers = "dates.hourMarkers";

    /// <summary>Markers after the minutes in a written clock.</summary>
    public const string MinuteMarkers = "dates.minuteMarkers";

    /// <summary>Markers after the seconds in a written clock.</summary>
    public const string SecondMarkers = "dates.secondMarkers";

    /// <summary>Words before a day number (ngày 12/7, ngày 12 tháng 7).</summary>
    public const string DayWords = "dates.dayWords";

    /// <summary>Words before a month number (12 tháng 7).</summary>
    public const string MonthWords = "dates.monthWords";

    /// <summary>Words before a year number (tháng 7 năm 2025).</summary>
    public const string YearWords = "dates.yearWords";

    /// <summary>Words before a clock time after a date (12/7/2025 lúc 09:30).</summary>
    public const string ClockLeads = "dates.clockLeads";

    /// <summary>Words that make a bare day/month a date (sáng 12/7, rạng sáng 12/7).</summary>
    public const string DayLeads = "dates.dayLeads";

    /// <summary>Words between a day lead and the date (sáng nay 12/7).</summary>
    public const string DayLeadFillers = "dates.dayLeadFillers";

    /// <summary>The digits 0–9 written as words, in order (〇一二…九).</summary>
    public const string Numerals = "dates.numerals";

    /// <summary>Other ways to write zero (○, 零).</summary>
    public const string ZeroNumerals = "dates.zeroNumerals";

    /// <summary>The numeral for ten (十): 十二 = 12.</summary>
    public const string TenNumerals = "dates.tenNumerals";

    /// <summary>Time-of-day words before a clock (下午3:00), by how they shift the hour: am, pm, noon, evening, night. Keyed: &lt;c&gt;dates.meridiemsBefore.{key}&lt;/c&gt;.</summary>
    public const string MeridiemsBefore = "dates.meridiemsBefore";

    /// <summary>Time-of-day words after a clock (04:00 chiều, 3:04 PM), keyed as meridiemsBefore. Keyed: &lt;c&gt;dates.meridiemsAfter.{key}&lt;/c&gt;.</summary>
    public const string MeridiemsAfter = "dates.meridiemsAfter";

    /// <summary>Words before a weekday's name (星期 in 星期一, thứ in thứ hai).</summary>
    public const string WeekdayPrefixes = "dates.weekdayPrefixes";

    /// <summary>Weekday names after a prefix (一, 日, hai, 7).</summary>
    public const string WeekdayNames = "dates.weekdayNames";

    /// <summary>Weekday words written whole (chủ nhật).</summary>
    public const string Weekdays = "dates.weekdays";

    /// <summary>Time-zone words by their offset, key +hh:mm (北京时间). Keyed: &lt;c&gt;dates.zones.{key}&lt;/c&gt;.</summary>
    public const string Zones = "dates.zones";

    /// <summary>Era names by the Gregorian year before the era's year 1 (民國: 1911). Keyed: &lt;c&gt;dates.eras.{key}&lt;/c&gt;.</summary>
    public const string Eras = "dates.eras";

    /// <summary>Units of a relative time (3小时前, 2 giờ trước) by unit: second, minute, hour, day, week, month. Keyed: &lt;c&gt;dates.units.{key}&lt;/c&gt;.</summary>
    public const string Units = "dates.units";

    /// <summary>Words after "N units" that make it a time before now (前, trước).</summary>
    public const string AgoWords = "dates.agoWords";

    /// <summary>Characters that, right after an ago word, make it another word (前天).</summary>
    public const string AgoNotBefore = "dates.agoNotBefore";

    /// <summary>Relative day words by how many days back they mean (0: 今天, 1: hôm qua). Keyed: &lt;c&gt;dates.daysBack.{key}&lt;/c&gt;.</summary>
    public const string DaysBack = "dates.daysBack";

    /// <summary>Words for a moment before now, by minutes back (0: 刚刚, 30: 半小时前). Keyed: &lt;c&gt;dates.instantsBack.{key}&lt;/c&gt;.</summary>
    public const string InstantsBack = "dates.instantsBack";

    /// <summary>Day words too common in running text to count without a clock after them (今日).</summary>
    public const string NeedClock = "dates.needClock";

    /// <summary>Characters that, right after a relative word, make it another word (今天气).</summary>
    public const string RelativeNotBefore = "dates.relativeNotBefore";

    /// <summary>Labels before a date by what they announce: published (发布时间), updated (更新时间). Keyed: &lt;c&gt;dates.cueLabels.{key}&lt;/c&gt;.</summary>
    public const string CueLabels = "dates.cueLabels";

    /// <summary>Short cue labels that count only with no letter before them (时间, not 北京时间). Keyed: &lt;c&gt;dates.standaloneCueLabels.{key}&lt;/c&gt;.</summary>
    public const string StandaloneCueLabels = "dates.standaloneCueLabels";

    /// <summary>Day/month pairs that are idioms, not dates (24/7).</summary>
    public const string NotDates = "dates.notDates";

    // Settings: values, not lists (not extensible; each file states its own).

    /// <summary>true for a cased script: the lexicon's words match ignoring case (Vietnamese).</summary>
    public const string IgnoreCase = "ignoreCase";

    /// <summary>true where words are written apart (Vietnamese): names and outlets hold spaces, leads carry sapo tags and end attributions; false where they run together (Chinese): names are split at spaces, leads are dateline leads and report cues.</summary>
    public const string SpacedWords = "spacedWords";

    /// <summary>true where numeric dates are day first and a bare d/m is a date (12/7 = 12 July).</summary>
    public const string DayFirst = "dates.dayFirst";

    /// <summary>The era (its Gregorian year before year 1) a year of two or three digits is read in (114年 on zh-Hant pages).</summary>
    public const string EraWithoutMarker = "dates.eraWithoutMarker";

    /// <summary>The keys of <see cref="MeridiemsBefore"/> and <see cref="MeridiemsAfter"/>: how each word shifts the hour.</summary>
    public static readonly FrozenDictionary<string, Dates.Meridiem> MeridiemKeys = new Dictionary<string, Dates.Meridiem>
    {
        ["am"] = Dates.Meridiem.Am, ["pm"] = Dates.Meridiem.Pm, ["noon"] = Dates.Meridiem.Noon,
        ["evening"] = Dates.Meridiem.Evening, ["night"] = Dates.Meridiem.Night,
    }.ToFrozenDictionary();

    /// <summary>The keys of <see cref="Units"/>.</summary>
    public static readonly FrozenDictionary<string, Dates.RelativeUnit> UnitKeys = new Dictionary<string, Dates.RelativeUnit>
    {
        ["second"] = Dates.RelativeUnit.Second, ["minute"] = Dates.RelativeUnit.Minute, ["hour"] = Dates.RelativeUnit.Hour,
        ["day"] = Dates.RelativeUnit.Day, ["week"] = Dates.RelativeUnit.Week, ["month"] = Dates.RelativeUnit.Month,
    }.ToFrozenDictionary();

    /// <summary>The keys of <see cref="CueLabels"/> and <see cref="StandaloneCueLabels"/>.</summary>
    public static readonly FrozenDictionary<string, Dates.DateCue> CueKeys = new Dictionary<string, Dates.DateCue>
    {
        ["published"] = Dates.DateCue.Published, ["updated"] = Dates.DateCue.Updated,
    }.ToFrozenDictionary();

    /// <summary>Every list by name (a keyed list as its name and <c>.*</c>).</summary>
    public static readonly FrozenSet<string> All = new[]
    {
        CreditRoles,
        AuthorLabels,
        SourceLabels,
        Agencies,
        PrintSourceCues,
        MediaSuffixes,
        AgencySuffixes,
        SourceStopwords,
        PhotoCreditRoles,
        PhotoCreditOpenings,
        PhotoMarks,
        PhotoLabels,
        Surnames,
        ReporterLabels,
        SignatureLabels,
        AttributionWords,
        OwnOutletMarkers,
        OwnOutlets,
        DatelineOutlets,
        NotNames,
        NotInNames,
        NameConjunctions,
        AndOthers,
        Possessives,
        AuthorNameStops,
        SourceNameStops,
        CreditNameStops,
        ReportCueOpenings,
        ReportCueRelays,
        ReportCueClosings,
        LeadDispatchWords,
        LeadFlashWords,
        LeadReportWords,
        LeadNewsWords,
        NonPlaceSuffixes,
        NotPlaces,
        RelatedHeadings,
        ReadMoreLabels,
        NavigationCues,
        BoilerplatePhrases,
        BoilerplateLabels,
        CaptionCues,
        CaptionOpenings,
        PlayerCues,
        VideoTitleLabels,
        OriginalTitleCues,
        ArticleFooterLabels,
        ContactLabels,
        CommentHeadings,
        CommentCountLabels,
        CommentCounters,
        CommentButtons,
        CommentVotes,
        CommentFloors,
        CommentPosterTags,
        DetectorLetters,
        CommonCharacters,
        DateForms,
        YearMarkers,
        MonthMarkers,
        DayMarkers,
        BareDayMarkers,
        NotAfterDay,
        HourMarkers,
        MinuteMarkers,
        SecondMarkers,
        DayWords,
        MonthWords,
        YearWords,
        ClockLeads,
        DayLeads,
        DayLeadFillers,
        Numerals,
        ZeroNumerals,
        TenNumerals,
        MeridiemsBefore + ".*",
        MeridiemsAfter + ".*",
        WeekdayPrefixes,
        WeekdayNames,
        Weekdays,
        Zones + ".*",
        Eras + ".*",
        Units + ".*",
        AgoWords,
        AgoNotBefore,
        DaysBack + ".*",
        InstantsBack + ".*",
        NeedClock,
        RelativeNotBefore,
        CueLabels + ".*",
        StandaloneCueLabels + ".*",
        NotDates,
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The settings a file may state (values, not lists: a user's extension cannot change them).</summary>
    public static readonly FrozenSet<string> Settings = new[] { IgnoreCase, SpacedWords, DayFirst, EraWithoutMarker }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The catalogue entry for a list name (a keyed list's entry ends in <c>.*</c>); null when there is none.</summary>
    public static string? EntryFor(string name)
    {
        if (All.Contains(name))
        {
            return name;
        }

        var dot = name.LastIndexOf('.');
        if (dot <= 0 || !All.Contains(name[..dot] + ".*"))
        {
            return null;
        }

        var map = name[..dot];
        var key = name[(dot + 1)..];
        return IsKey(map, key) ? map + ".*" : null;
    }

    /// <summary>Whether <paramref name="key"/> is a valid key of the keyed list <paramref name="map"/>.</summary>
    private static bool IsKey(string map, string key) => map switch
    {
        MeridiemsBefore or MeridiemsAfter => MeridiemKeys.ContainsKey(key),
        Units => UnitKeys.ContainsKey(key),
        CueLabels or StandaloneCueLabels => CueKeys.ContainsKey(key),
        Zones => TryParseOffset(key, out _),
        Eras => int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is > 0 and < 3000,
        DaysBack => int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var days) && days < 400,
        InstantsBack => int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var minutes) && minutes < 24 * 60,
        _ => false,
    };

    /// <summary>An offset key: <c>+08:00</c>, <c>-05:00</c>, <c>+00:00</c>.</summary>
    public static bool TryParseOffset(string key, out TimeSpan offset)
    {
        offset = default;
        if (key.Length != 6 || key[0] is not ('+' or '-') || key[3] != ':'
            || !int.TryParse(key.AsSpan(1, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var hours)
            || !int.TryParse(key.AsSpan(4, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var minutes)
            || hours > 14 || minutes > 59)
        {
            return false;
        }

        offset = new TimeSpan(hours, minutes, 0) * (key[0] == '-' ? -1 : 1);
        return true;
    }

    /// <summary>The entries of a keyed list, by key (<c>dates.units</c> → hour → 小时, 小時…).</summary>
    public static IEnumerable<(string Key, IReadOnlyList<string> Words)> Keyed(Lexicon lexicon, string map) =>
        lexicon.Names.Where(n => n.Length > map.Length + 1 && n.StartsWith(map, StringComparison.Ordinal) && n[map.Length] == '.')
            .Order(StringComparer.Ordinal)
            .Select(n => (n[(map.Length + 1)..], lexicon[n]));
}
