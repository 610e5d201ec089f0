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
    public const string CreditRoles = "creditRoles";
    public const string AuthorLabels = "authorLabels";
    public const string SourceLabels = "sourceLabels";
    public const string Agencies = "agencies";
    public const string PrintSourceCues = "printSourceCues";
    public const string MediaSuffixes = "mediaSuffixes";
    public const string AgencySuffixes = "agencySuffixes";
    public const string SourceStopwords = "sourceStopwords";
    public const string PhotoCreditRoles = "photoCreditRoles";
    public const string PhotoCreditOpenings = "photoCreditOpenings";
    public const string PhotoMarks = "photoMarks";
    public const string PhotoLabels = "photoLabels";
    public const string Surnames = "surnames";
    public const string ReporterLabels = "reporterLabels";
    public const string SignatureLabels = "signatureLabels";
    public const string AttributionWords = "attributionWords";
    public const string OwnOutletMarkers = "ownOutletMarkers";
    public const string OwnOutlets = "ownOutlets";
    public const string DatelineOutlets = "datelineOutlets";
    public const string NotNames = "notNames";
    public const string NotInNames = "notInNames";
    public const string NameConjunctions = "nameConjunctions";
    public const string AndOthers = "andOthers";
    public const string Possessives = "possessives";
    public const string AuthorNameStops = "authorNameStops";
    public const string SourceNameStops = "sourceNameStops";
    public const string CreditNameStops = "creditNameStops";
    public const string ReportCueOpenings = "reportCueOpenings";
    public const string ReportCueRelays = "reportCueRelays";
    public const string ReportCueClosings = "reportCueClosings";

    // Dateline leads: 新华社北京7月12日电, 长江网10月4日讯, TNW中文站 10月14日报道, 有关部门7月12日消息.
    public const string LeadDispatchWords = "leadDispatchWords";
    public const string LeadFlashWords = "leadFlashWords";
    public const string LeadReportWords = "leadReportWords";
    public const string LeadNewsWords = "leadNewsWords";
    public const string NonPlaceSuffixes = "nonPlaceSuffixes";
    public const string NotPlaces = "notPlaces";

    // Page furniture.
    public const string RelatedHeadings = "relatedHeadings";
    public const string ReadMoreLabels = "readMoreLabels";
    public const string NavigationCues = "navigationCues";
    public const string BoilerplatePhrases = "boilerplatePhrases";
    public const string BoilerplateLabels = "boilerplateLabels";
    public const string CaptionCues = "captionCues";
    public const string CaptionOpenings = "captionOpenings";
    public const string PlayerCues = "playerCues";
    public const string VideoTitleLabels = "videoTitleLabels";
    public const string OriginalTitleCues = "originalTitleCues";
    public const string ArticleFooterLabels = "articleFooterLabels";
    public const string ContactLabels = "contactLabels";
    public const string CommentHeadings = "commentHeadings";
    public const string CommentCountLabels = "commentCountLabels";
    public const string CommentCounters = "commentCounters";
    public const string CommentButtons = "commentButtons";
    public const string CommentVotes = "commentVotes";
    public const string CommentFloors = "commentFloors";
    public const string CommentPosterTags = "commentPosterTags";

    // Language detection.
    public const string DetectorLetters = "detectorLetters";

    // Dates.
    public const string DateForms = "dates.forms";
    public const string YearMarkers = "dates.yearMarkers";
    public const string MonthMarkers = "dates.monthMarkers";
    public const string DayMarkers = "dates.dayMarkers";
    public const string NotAfterDay = "dates.notAfterDay";
    public const string HourMarkers = "dates.hourMarkers";
    public const string MinuteMarkers = "dates.minuteMarkers";
    public const string SecondMarkers = "dates.secondMarkers";
    public const string DayWords = "dates.dayWords";
    public const string MonthWords = "dates.monthWords";
    public const string YearWords = "dates.yearWords";
    public const string ClockLeads = "dates.clockLeads";
    public const string DayLeads = "dates.dayLeads";
    public const string DayLeadFillers = "dates.dayLeadFillers";
    public const string Numerals = "dates.numerals";
    public const string ZeroNumerals = "dates.zeroNumerals";
    public const string TenNumerals = "dates.tenNumerals";
    public const string MeridiemsBefore = "dates.meridiemsBefore";
    public const string MeridiemsAfter = "dates.meridiemsAfter";
    public const string WeekdayPrefixes = "dates.weekdayPrefixes";
    public const string WeekdayNames = "dates.weekdayNames";
    public const string Weekdays = "dates.weekdays";
    public const string Zones = "dates.zones";
    public const string Eras = "dates.eras";
    public const string Units = "dates.units";
    public const string AgoWords = "dates.agoWords";
    public const string AgoNotBefore = "dates.agoNotBefore";
    public const string DaysBack = "dates.daysBack";
    public const string InstantsBack = "dates.instantsBack";
    public const string NeedClock = "dates.needClock";
    public const string RelativeNotBefore = "dates.relativeNotBefore";
    public const string CueLabels = "dates.cueLabels";
    public const string StandaloneCueLabels = "dates.standaloneCueLabels";
    public const string NotDates = "dates.notDates";

    // Settings: values, not lists (not extensible; each file states its own).
    public const string IgnoreCase = "ignoreCase";
    public const string DayFirst = "dates.dayFirst";
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

    /// <summary>Every list by name (keyed lists end in <c>.*</c>), with what it holds.</summary>
    public static readonly FrozenDictionary<string, string> All = new Dictionary<string, string>
    {
        [CreditRoles] = "Editorial credit roles before a name: 责任编辑：X, 编辑丨X, Biên tập: X.",
        [AuthorLabels] = "Labels before a writer's name: 记者 X, 作者：X, 文/X, Tác giả: X.",
        [SourceLabels] = "Labels before a content source: 来源：X, 本文来源：X, Nguồn: X.",
        [Agencies] = "News agencies and outlets, each a list: the canonical name first, then its aliases.",
        [PrintSourceCues] = "Words before a print source in book-title marks: 刊于《半月谈》, 摘自《参考消息》.",
        [MediaSuffixes] = "Endings of outlet names (日报, 网, 社, 周刊): a token ending so names a source.",
        [AgencySuffixes] = "Endings of news-agency names (社): a reported source so named counts anywhere in the text.",
        [SourceStopwords] = "Values after a source label that name no outlet (转载, 网络, 本站).",
        [PhotoCreditRoles] = "Photo and video credit roles, read as a whole labelled line (摄影：X, Ảnh: X).",
        [PhotoCreditOpenings] = "Words that open a photographer's credit closing a caption: … Ảnh Trọng Đức., (Ảnh: TTXVN).",
        [PhotoMarks] = "Words after a photographer's name (张三 摄, X 供图): the name is a photographer's, not a writer's.",
        [PhotoLabels] = "Labels before a photographer's name with a slash (图/X).",
        [Surnames] = "Common family names, one character each: tells a bare personal name (李楠) from other short words.",
        [ReporterLabels] = "Staff labels of a signature (记者, 评论员, 通讯员): （记者 X）, 新华社记者 X.",
        [SignatureLabels] = "Labels that open a bracketed signature on their own (编译, 撰文, 作者, 文).",
        [AttributionWords] = "Words that open an end attribution naming writers and outlets: Theo TTXVN, (Theo Sầm Hoa).",
        [OwnOutletMarkers] = "The word that makes an outlet the page's own (本 in 本报, 本台): 本报记者 X is a byline.",
        [OwnOutlets] = "The page's own outlet as a lead names it (本报, 本台, 本网): 本报讯, 本报北京7月12日电.",
        [DatelineOutlets] = "Outlets that file dateline leads; the place follows the last of them (新华社北京 → 北京).",
        [NotNames] = "Words that are never a person's name in a byline (记者, 摄影, 整理, Theo, Ảnh).",
        [NotInNames] = "Words never inside a name (文章, 更多): a byline value holding one is not a name.",
        [NameConjunctions] = "Words joining names (và): A và B names two people.",
        [AndOthers] = "Words closing a list with \"and others\" (等): 参考消息、海外网等.",
        [Possessives] = "Possessive particles (的): a label followed by one is a word in a sentence, not a byline.",
        [AuthorNameStops] = "Field labels that end a byline's names on the same line (来源, 编辑, 时间).",
        [SourceNameStops] = "Field labels that end a source's name on the same line (作者, 编辑, 阅读, 分享).",
        [CreditNameStops] = "Field labels that end a credited name on the same line (来源, 时间).",
        [ReportCueOpenings] = "Words opening a report cue in running text: 据X报道.",
        [ReportCueRelays] = "Words introducing a relayed source inside a report cue: 据X引述Y报道.",
        [ReportCueClosings] = "Words closing a report cue: 据X报道, 据X消息, 据X披露.",
        [LeadDispatchWords] = "Words closing a dated dispatch lead (电): 新华社北京7月12日电.",
        [LeadFlashWords] = "Words closing a news-flash lead, dated or not (讯): 长江网10月4日讯, 本报讯.",
        [LeadReportWords] = "Words closing a dated report lead (报道): TNW中文站 10月14日报道.",
        [LeadNewsWords] = "Words closing a dated news lead (消息): 有关部门7月12日消息.",
        [NonPlaceSuffixes] = "Endings that make a dateline lead's head an outlet, not a place (网, 报, 站).",
        [NotPlaces] = "Capitalised run-in labels that are not dateline places (VIDEO, ẢNH, TRỰC TIẾP).",
        [RelatedHeadings] = "Headings of related-article lists (相关阅读, Tin liên quan).",
        [ReadMoreLabels] = "\"Read more\" links closing a teaser of another page: [全文], 【详细】, 更多>>.",
        [NavigationCues] = "Breadcrumb phrases (当前位置, 首页 >, Trang chủ).",
        [BoilerplatePhrases] = "Phrases that make a line boilerplate anywhere in it (版权所有, Copyright, Bản quyền).",
        [BoilerplateLabels] = "Words that are boilerplate only as a whole short line (分享到, Chia sẻ).",
        [CaptionCues] = "Phrases that make a short line a caption (图为, 资料图, 摄, Ảnh:).",
        [CaptionOpenings] = "Words opening a caption; one written with a colon must be followed by a colon (图为, 资料图：, Ảnh:).",
        [PlayerCues] = "Video-player text (播放, 视频加载中, Video đang phát).",
        [VideoTitleLabels] = "Labels opening the title of an embedded video, before a separator: 视频丨…, Video: ….",
        [OriginalTitleCues] = "Labels before an article's original title (原标题).",
        [ArticleFooterLabels] = "Labels of the links and tags under an article, before a colon (上一篇, 关键词, Bài trước, Tags).",
        [ContactLabels] = "Labels of a site's contact line, before a colon (地址, 电话, Địa chỉ, Fax).",
        [CommentHeadings] = "Headings over readers' comments (网友评论, 全部评论, Bình luận).",
        [CommentCountLabels] = "Labels followed by a comment count (评论 (23), 跟帖 5).",
        [CommentCounters] = "Words after a comment count (23条评论).",
        [CommentButtons] = "Buttons on each comment (回复, 举报, Trả lời, Thích).",
        [CommentVotes] = "Vote buttons followed by their count (顶 51, 赞(3)).",
        [CommentFloors] = "Words after a comment's floor number (3楼).",
        [CommentPosterTags] = "A poster's tag closed by a bracket ([网友]).",
        [DetectorLetters] = "Letters only this language (or script) uses among those the detector tells apart: 这/這, ơ ư đ ạ.",
        [DateForms] = "The date shapes read on this language's pages (see Dates/DateForms.cs).",
        [YearMarkers] = "Markers after a year number (年).",
        [MonthMarkers] = "Markers after a month number (月).",
        [DayMarkers] = "Markers after a day number (日, 号).",
        [NotAfterDay] = "Characters after a day marker that make it a word (日元: yen).",
        [HourMarkers] = "Markers after an hour in a written clock (9时50分).",
        [MinuteMarkers] = "Markers after the minutes in a written clock.",
        [SecondMarkers] = "Markers after the seconds in a written clock.",
        [DayWords] = "Words before a day number (ngày 12/7, ngày 12 tháng 7).",
        [MonthWords] = "Words before a month number (12 tháng 7).",
        [YearWords] = "Words before a year number (tháng 7 năm 2025).",
        [ClockLeads] = "Words before a clock time after a date (12/7/2025 lúc 09:30).",
        [DayLeads] = "Words that make a bare day/month a date (sáng 12/7, rạng sáng 12/7).",
        [DayLeadFillers] = "Words between a day lead and the date (sáng nay 12/7).",
        [Numerals] = "The digits 0–9 written as words, in order (〇一二…九).",
        [ZeroNumerals] = "Other ways to write zero (○, 零).",
        [TenNumerals] = "The numeral for ten (十): 十二 = 12.",
        [MeridiemsBefore + ".*"] = "Time-of-day words before a clock (下午3:00), by how they shift the hour: am, pm, noon, evening, night.",
        [MeridiemsAfter + ".*"] = "Time-of-day words after a clock (04:00 chiều, 3:04 PM), keyed as meridiemsBefore.",
        [WeekdayPrefixes] = "Words before a weekday's name (星期 in 星期一, thứ in thứ hai).",
        [WeekdayNames] = "Weekday names after a prefix (一, 日, hai, 7).",
        [Weekdays] = "Weekday words written whole (chủ nhật).",
        [Zones + ".*"] = "Time-zone words by their offset, key +hh:mm (北京时间).",
        [Eras + ".*"] = "Era names by the Gregorian year before the era's year 1 (民國: 1911).",
        [Units + ".*"] = "Units of a relative time (3小时前, 2 giờ trước) by unit: second, minute, hour, day, week, month.",
        [AgoWords] = "Words after \"N units\" that make it a time before now (前, trước).",
        [AgoNotBefore] = "Characters that, right after an ago word, make it another word (前天).",
        [DaysBack + ".*"] = "Relative day words by how many days back they mean (0: 今天, 1: hôm qua).",
        [InstantsBack + ".*"] = "Words for a moment before now, by minutes back (0: 刚刚, 30: 半小时前).",
        [NeedClock] = "Day words too common in running text to count without a clock after them (今日).",
        [RelativeNotBefore] = "Characters that, right after a relative word, make it another word (今天气).",
        [CueLabels + ".*"] = "Labels before a date by what they announce: published (发布时间), updated (更新时间).",
        [StandaloneCueLabels + ".*"] = "Short cue labels that count only with no letter before them (时间, not 北京时间).",
        [NotDates] = "Day/month pairs that are idioms, not dates (24/7).",
    }.ToFrozenDictionary();

    /// <summary>The settings a file may state (not lists: a user's extension cannot change them).</summary>
    public static readonly FrozenDictionary<string, string> Settings = new Dictionary<string, string>
    {
        [IgnoreCase] = "true for a cased script: the lexicon's words match ignoring case (Vietnamese).",
        [DayFirst] = "true where numeric dates are day first and a bare d/m is a date (12/7 = 12 July).",
        [EraWithoutMarker] = "The era (its Gregorian year before year 1) a year of two or three digits is read in (114年 on zh-Hant pages).",
    }.ToFrozenDictionary();

    /// <summary>The catalogue entry for a list name (a keyed list's entry ends in <c>.*</c>); null when there is none.</summary>
    public static string? EntryFor(string name)
    {
        if (All.ContainsKey(name))
        {
            return name;
        }

        var dot = name.LastIndexOf('.');
        if (dot <= 0 || !All.ContainsKey(name[..dot] + ".*"))
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
