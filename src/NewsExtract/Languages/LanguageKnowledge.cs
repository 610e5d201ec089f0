using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using NewsExtract.Classification;
using NewsExtract.Dates;
using NewsExtract.Fields;
using NewsExtract.Related;
using NewsExtract.Text;

namespace NewsExtract.Languages;

/// <summary>
/// The lexicons an extractor uses, one for Chinese (both scripts) and one for Vietnamese, with the patterns
/// compiled from them once. Built per <see cref="ExtractionOptions"/>; immutable and shared by all threads.
/// </summary>
/// <remarks>
/// Each lexicon is compiled when first needed (a page only needs its own language's), or ahead of that on the thread
/// pool after <see cref="Prepare"/>: compiling both takes about 0.1 s, which then overlaps a first page's decoding and
/// parsing, and the two languages overlap each other. Whoever asks first builds; a later asker waits for that build.
/// </remarks>
internal sealed class LanguageKnowledge
{
    private static readonly Lazy<LanguageKnowledge> BuiltIn = new(() => new LanguageKnowledge([]));

    // One per lexicon of the registry (the two Chinese scripts share one), by its name.
    private readonly Dictionary<string, Lazy<CompiledLexicon>> _lexicons = new(StringComparer.Ordinal);

    private LanguageKnowledge(IReadOnlyList<LexiconExtension> extensions)
    {
        // Copied and checked now: the lexicons are compiled later, and a caller's list changed after this must not change
        // them; a list name that does not exist fails here, when the extractor is built.
        var copies = extensions.Select(Copy).ToArray();
        foreach (var language in LanguageRegistry.BuiltIn)
        {
            _files[language.Tag] = new(() => Lexicon.LoadBuiltIn(language.Tag));
        }

        // A lexicon shared by several languages (both Chinese scripts) reads their files together, then the extensions
        // for any of them: a Chinese extension, of either script, extends or replaces the Chinese lists.
        foreach (var group in LanguageRegistry.BuiltIn.GroupBy(l => l.Lexicon))
        {
            var members = group.ToArray();
            var own = copies.Where(c => members.Any(m => m.Language == c.Language)).ToArray();
            _lexicons[group.Key] = new(() => new CompiledLexicon(Extend(members.Select(m => _files[m.Tag].Value).Aggregate((merged, next) => merged.Merge(next)), own), members[0].Language));
        }

        _detector = new(() => new LanguageDetector(LanguageRegistry.BuiltIn.Select(l =>
            (l.Detector, Extend(_files[l.Tag].Value, [.. copies.Where(c => c.Language == l.Language)])[LexiconLists.DetectorLetters]))));
        _anyLanguageDates = new(() => new DateGrammar(
            LanguageRegistry.BuiltIn.Select(l => Extend(_files[l.Tag].Value, [.. copies.Where(c => c.Language == l.Language)])).Aggregate((merged, next) => merged.Merge(next)),
            DateForms.AnyLanguage,
            dayFirst: false));
    }

    // Each registered language's lexicon file, read once.
    private readonly Dictionary<string, Lazy<Lexicon>> _files = new(StringComparer.Ordinal);

    private readonly Lazy<DateGrammar> _anyLanguageDates;

    /// <summary>
    /// The dates of every language together, but the loosest forms (<see cref="DateForms.AnyLanguage"/>), not day first: for
    /// a page of no known language and for display text in metadata.
    /// </summary>
    public DateGrammar AnyLanguageDates => _anyLanguageDates.Value;

    private readonly Lazy<LanguageDetector> _detector;

    /// <summary>Tells the page languages apart by their detector letters (the lexicons' <c>detectorLetters</c>).</summary>
    public LanguageDetector Detector => _detector.Value;

    private static Lexicon Extend(Lexicon lexicon, Extension[] extensions) =>
        extensions.Aggregate(lexicon, (extended, e) => extended.Extend(e.Lists, e.Agencies, e.Replaced));

    public CompiledLexicon Chinese => For(ContentLanguage.ChineseSimplified);

    public CompiledLexicon Vietnamese => For(ContentLanguage.Vietnamese);

    /// <summary>The knowledge for a set of extensions; the built-in one is cached.</summary>
    public static LanguageKnowledge For(IReadOnlyList<LexiconExtension> extensions) =>
        extensions.Count == 0 ? BuiltIn.Value : new LanguageKnowledge(extensions);

    /// <summary>The lexicon for a page language (Chinese for unknown: its cues are the more distinctive).</summary>
    public CompiledLexicon For(ContentLanguage language) => _lexicons[LanguageRegistry.LexiconOf(language)].Value;

    /// <summary>Queues the lexicons not compiled yet on the thread pool, one work item each, and returns at once.</summary>
    public LanguageKnowledge Prepare()
    {
        foreach (var lexicon in _lexicons.Values)
        {
            Queue(lexicon);
        }

        return this;
    }

    private static void Queue(Lazy<CompiledLexicon> lazy)
    {
        if (!lazy.IsValueCreated)
        {
            ThreadPool.UnsafeQueueUserWorkItem(Build, lazy, preferLocal: false);
        }
    }

    private static void Build(Lazy<CompiledLexicon> lazy)
    {
        try
        {
            _ = lazy.Value;
        }
#pragma warning disable CA1031 // The Lazy keeps the exception and throws it again to the extraction that needs the lexicon.
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    }

    /// <summary>An extension's lists as they are now, checked against the catalogue.</summary>
    private static Extension Copy(LexiconExtension extension)
    {
        var lists = extension.AllLists();
        Lexicon.Validate(lists, extension.ReplacedLists);
        return new Extension(extension.Language, lists, [.. extension.Agencies.Select(aliases => (IReadOnlyList<string>)[.. aliases])], [.. extension.ReplacedLists]);
    }

    private sealed record Extension(ContentLanguage Language, IReadOnlyDictionary<string, IReadOnlyList<string>> Lists, IReadOnlyList<IReadOnlyList<string>> Agencies, HashSet<string> Replaced);
}

/// <summary>A lexicon with the regular expressions built from its lists.</summary>
internal sealed class CompiledLexicon
{
    private const RegexOptions Options = RegexOptions.Compiled | RegexOptions.CultureInvariant;

    public CompiledLexicon(Lexicon lexicon, ContentLanguage language)
    {
        Lexicon = lexicon;
        Language = language;
        var ignoreCase = lexicon.IgnoreCase ? RegexOptions.IgnoreCase : RegexOptions.None;
        // A credit line: role, a separator (a colon, bar or slash, or a space), a name. Several may share a line (编辑：A 校对：B).
        var role = Separators.RoleClass;
        var label = Separators.LabelClass;
        CreditRole = new Regex($@"(?<![\p{{L}}])(?<role>{Alternation(lexicon.CreditRoles)})\s*(?:{role}|\s)\s*", Options | ignoreCase);
        SourceLabel = new Regex($@"^\s*[【\[（(]?\s*(?<label>{Alternation(lexicon.SourceLabels)})\s*{label}\s*", Options | ignoreCase);
        AuthorLabel = new Regex($@"(?<![\p{{L}}])(?<label>{WordAlternation(lexicon.AuthorLabels)})\s*{role}?\s*", Options | ignoreCase);
        SourceLabelAnywhere = new Regex($@"(?<![\p{{L}}])(?<label>{Alternation(lexicon.SourceLabels)})\s*{label}\s*", Options | ignoreCase);
        PhotoCredit = lexicon.PhotoCreditRoles.Count == 0
            ? new Regex("(?!)", Options)
            : new Regex($@"^\s*[(（【\[]?\s*(?<role>{Alternation(lexicon.PhotoCreditRoles)})\s*{role}\s*(?<name>[^:：()（）\[\]【】]{{2,30}}?)\s*[)）】\]]?\s*$", Options | ignoreCase);
        var longLabels = lexicon.AuthorLabels.Where(l => l.Length >= 2 && !l.Contains('/', StringComparison.Ordinal)).ToArray();
        _outletLabelBounded = longLabels.Length > 0;
        var bars = Separators.Members(Separators.Bars);
        var colons = Separators.Members(Separators.Colons);
        OutletAuthorLabel = new Regex($@"(?:^|(?<=[\s\u3000（(【\[{bars}]))(?<outlet>[^\s\d，。,{colons}{bars}（()）]{{2,12}}?)(?<label>{WordAlternation(longLabels)})\s*{role}?\s*", Options | ignoreCase);
        var agencyNames = lexicon.Agencies.SelectMany(a => a).Where(n => n.Length > 1).Distinct(StringComparer.Ordinal).OrderByDescending(n => n.Length);
        AgencyName = new Regex(Alternation(agencyNames), Options);
        PrintSource = lexicon.PrintSourceCues.Count == 0
            ? new Regex("(?!)", Options)
            : new Regex($@"(?:{Alternation(lexicon.PrintSourceCues)})\s*《(?<name>[^《》]{{2,30}})》", Options);
        _creditStarts = StartsOf(lexicon.CreditRoles, ignoreCase != RegexOptions.None);
        // Case-insensitive: the first letters occur in any line, so probe for a role itself. The bare alternation with the
        // same options matches wherever CreditRole's role group can: a necessary condition, twice as fast as the pattern
        // with its look-behind on Vietnamese lines.
        _creditProbe = ignoreCase != RegexOptions.None && lexicon.CreditRoles.Count > 0 && lexicon.CreditRoles.All(r => r.Length > 0)
            ? new Regex(Alternation(lexicon.CreditRoles), Options | ignoreCase)
            : null;
        _creditPhrases = ignoreCase == RegexOptions.None ? PhraseSearch.Create(lexicon.CreditRoles) : null;
        _sourceStarts = StartsOf(lexicon.SourceLabels, ignoreCase != RegexOptions.None);
        _photoStarts = StartsOf(lexicon.PhotoCreditRoles, ignoreCase != RegexOptions.None);
        _longestAuthorLabel = lexicon.AuthorLabels.Count == 0 ? 0 : lexicon.AuthorLabels.Max(l => l.Length);
        _authorStarts = StartsOf(lexicon.AuthorLabels, ignoreCase != RegexOptions.None);
        // OutletAuthorLabel's outlet (one token) counts only when it is a known agency, the page's own (本报) or ends in a
        // media suffix: without suffixes, a line holding none of the one-token agency names nor an own-outlet marker gives
        // no outlet byline.
        _ownOutletMarkers = lexicon[LexiconLists.OwnOutletMarkers];
        _outletNames = lexicon.MediaSuffixes.Count == 0
            ? PhraseSearch.Create([.. lexicon.Agencies.SelectMany(a => a).Where(n => n.Length > 0 && !n.Any(char.IsWhiteSpace)), .. _ownOutletMarkers])
            : null;
        _flashWords = lexicon[LexiconLists.LeadFlashWords];
        _nonPlaceSuffixes = lexicon[LexiconLists.NonPlaceSuffixes];
        _agencySuffixes = lexicon[LexiconLists.AgencySuffixes];
        _surnames = [.. lexicon.Surnames.Where(s => s.Length == 1).Select(s => s[0])];
        foreach (var group in lexicon.Agencies)
        {
            foreach (var alias in group)
            {
                _canonicalAgency.TryAdd(alias, group[0]);
            }
        }

        _caselessHeadings = [.. lexicon.RelatedHeadings.Where(h => h.Length > 0 && PhraseSearch.IsCaseless(h))];
        _casedHeadings = [.. lexicon.RelatedHeadings.Where(h => h.Length == 0 || !PhraseSearch.IsCaseless(h))];
        _caselessHeadingStarts = SearchValues.Create([.. _caselessHeadings.Select(h => h[0]).Distinct()]);
        var cueLists = new (CueList, IReadOnlyList<string>)[]
        {
            (CueList.Navigation, lexicon.NavigationCues), (CueList.BoilerplatePhrases, lexicon.BoilerplatePhrases),
            (CueList.BoilerplateLabels, lexicon.BoilerplateLabels), (CueList.Caption, lexicon.CaptionCues),
            (CueList.Player, lexicon.PlayerCues), (CueList.OriginalTitle, lexicon.OriginalTitleCues),
        };
        var searches = new List<(CueList, PhraseSearch)>();
        foreach (var (list, phrases) in cueLists)
        {
            var search = PhraseSearch.Create(phrases);
            PhraseSearches.TryAdd(phrases, search);
            searches.Add((list, search));
        }

        // CreditRole's and AuthorLabel's role/label groups are the plain alternations of their lists.
        Cues = new CueScan(searches, [(CueList.CreditRole, lexicon.CreditRoles), (CueList.AuthorLabel, lexicon.AuthorLabels)], ignoreCase != RegexOptions.None);

        // The patterns of each behaviour, built from this lexicon's lists (each defined in its behaviour's file).
        Comments = new CommentPatterns(lexicon, Patterns);
        Captions = new CaptionPatterns(lexicon, Patterns);
        ClosingNotices = ClosingNoticeRun.Pattern(lexicon, Patterns);
        SummaryLabels = SummaryBox.Pattern(lexicon, Patterns);
        Player = new PlayerPatterns(lexicon, Patterns);
        Leads = new DatelineLeads(lexicon, Patterns);
        LineShapes = new LineShapePatterns(lexicon, Patterns);
        ReadMore = new ReadMorePatterns(lexicon, Patterns);
        Attributions = new AttributionPatterns(lexicon, Patterns);
        Authors = new AuthorPatterns(lexicon, Patterns);
        Sources = new SourcePatterns(lexicon, Patterns);
        Credits = new CreditPatterns(lexicon);
        DateLike = new DateLike(lexicon);
        Dates = new DateGrammar(lexicon);
    }

    /// <summary>The forms and words of this lexicon's dates (Dates/DateGrammar.cs).</summary>
    public DateGrammar Dates { get; }

    /// <summary>Every <see cref="LexiconPattern"/> built below, for the tests that check each prefilter against its pattern.</summary>
    public PatternCatalog Patterns { get; } = new();

    /// <summary>Comment headings and comment cue lines (Classification/TextComments.cs).</summary>
    public CommentPatterns Comments { get; }

    /// <summary>Caption openings and photo credits closing a caption (Classification/Captions.cs).</summary>
    public CaptionPatterns Captions { get; }

    /// <summary>Video titles (Classification/Player.cs).</summary>
    public PlayerPatterns Player { get; }

    /// <summary>Dateline leads: 新华社北京7月12日电 (Dates/DatelineLeads.cs).</summary>
    public DatelineLeads Leads { get; }

    /// <summary>Article footers and contact lines (Classification/TextLineShapes.cs).</summary>
    public LineShapePatterns LineShapes { get; }

    /// <summary>Labels of a summary box above the text (Classification/SummaryBox.cs).</summary>
    public LexiconPattern SummaryLabels { get; }

    /// <summary>Notices closing every article of a site (Classification/ClosingNoticeRun.cs).</summary>
    public LexiconPattern ClosingNotices { get; }

    /// <summary>Teasers closed by a "read more" link (Related/RelatedLists.cs).</summary>
    public ReadMorePatterns ReadMore { get; }

    /// <summary>End attributions (Theo X) (Fields/Attributions.cs).</summary>
    public AttributionPatterns Attributions { get; }

    /// <summary>Byline field ends, photographers' marks, name separators (Fields/AuthorExtractor.cs).</summary>
    public AuthorPatterns Authors { get; }

    /// <summary>Source field ends, report cues (Fields/SourceExtractor.cs).</summary>
    public SourcePatterns Sources { get; }

    /// <summary>Credited-name ends (Fields/CreditExtractor.cs).</summary>
    public CreditPatterns Credits { get; }

    /// <summary>Lines that look like a date or a time (Dates/DateLike.cs).</summary>
    public DateLike DateLike { get; }

    private readonly HashSet<char> _surnames;
    private readonly IReadOnlyList<string> _ownOutletMarkers;
    private readonly IReadOnlyList<string> _flashWords;
    private readonly IReadOnlyList<string> _nonPlaceSuffixes;
    private readonly IReadOnlyList<string> _agencySuffixes;
    // The related-list headings without cased letters (all the Chinese ones), compared ordinally, and the others, ignoring case.
    private readonly string[] _caselessHeadings;
    private readonly string[] _casedHeadings;
    // The first characters of the caseless headings: a line opening with none of them is compared with the cased ones only.
    private readonly SearchValues<char> _caselessHeadingStarts;
    // The characters a match of CreditRole, SourceLabel and AuthorLabel can start its role/label with (null: no filter).
    private readonly SearchValues<char>? _creditStarts;
    private readonly Regex? _creditProbe;
    // Case-sensitive: a match holds a role verbatim, so the roles searched as phrases (first characters, then the
    // phrases there) are a necessary condition much stricter than the first characters alone (主, 出, 二, 三, 复…).
    private readonly PhraseSearch? _creditPhrases;
    private readonly SearchValues<char>? _sourceStarts;
    private readonly SearchValues<char>? _photoStarts;
    private readonly SearchValues<char>? _authorStarts;
    private readonly int _longestAuthorLabel;
    private readonly PhraseSearch? _outletNames;
    // Whether OutletAuthorLabel has labels to find (it has none when every author label is one character or holds a /).
    private readonly bool _outletLabelBounded;
    // The cue lists of every compiled lexicon, each with its searchers, so ContainsAny on one of them is one vectorised
    // search instead of a substring search per phrase. Keyed by list instance (lexicon lists are never changed).
    private static readonly ConditionalWeakTable<IReadOnlyList<string>, PhraseSearch> PhraseSearches = new();

    private readonly Dictionary<string, string> _canonicalAgency = new(StringComparer.OrdinalIgnoreCase);

    public Lexicon Lexicon { get; }

    /// <summary>
    /// The cue lists (navigation, boilerplate, caption, player, original-title) searched in one pass over a line, with
    /// bounds for <see cref="CreditRole"/> and <see cref="AuthorLabel"/>.
    /// </summary>
    public CueScan Cues { get; }

    public ContentLanguage Language { get; }

    /// <summary>Matches a credit role and its separator; the name follows the match.</summary>
    public Regex CreditRole { get; }

    /// <summary>
    /// False when <see cref="CreditRole"/> cannot match <paramref name="text"/>: no character a role starts with occurs in it.
    /// One vectorised scan; true says nothing.
    /// </summary>
    public bool MayMatchCreditRole(ReadOnlySpan<char> text) =>
        (_creditStarts is null || text.ContainsAny(_creditStarts)) && (_creditProbe is null || _creditProbe.IsMatch(text))
        && (_creditPhrases is null || _creditPhrases.IsMatch(text));

    /// <summary>False when <see cref="PhotoCredit"/> cannot match <paramref name="text"/> (see <see cref="MayMatchCreditRole"/>).</summary>
    public bool MayMatchPhotoCredit(ReadOnlySpan<char> text) => _photoStarts is null || text.ContainsAny(_photoStarts);

    /// <summary>
    /// False when <see cref="SourceLabel"/> cannot match <paramref name="text"/>: the pattern is anchored, so its label
    /// starts after the opening white space and at most one bracket (and white space after it). True says nothing.
    /// </summary>
    public bool MayOpenWithSourceLabel(ReadOnlySpan<char> text)
    {
        if (_sourceStarts is null)
        {
            return true;
        }

        var at = CharSets.SkipRegexSpace(text, 0);
        if (at == text.Length)
        {
            return false;
        }

        if (_sourceStarts.Contains(text[at]))
        {
            return true;
        }

        if (text[at] is not ('【' or '[' or '（' or '('))
        {
            return false;
        }

        at = CharSets.SkipRegexSpace(text, at + 1);
        return at < text.Length && _sourceStarts.Contains(text[at]);
    }

    /// <summary>
    /// False when neither <see cref="AuthorLabel"/> nor <see cref="OutletAuthorLabel"/> can match a line whose
    /// <see cref="Cues"/> are <paramref name="cues"/> (asked with <see cref="CueList.AuthorLabel"/>): the outlet pattern's
    /// labels are some of the author labels, unless it has none (then its empty alternation matches anywhere).
    /// </summary>
    public bool MayHoldAuthorLabel(CueList cues) => (cues & CueList.AuthorLabel) != 0 || !_outletLabelBounded;

    /// <summary>
    /// False when no match of <see cref="OutletAuthorLabel"/> in <paramref name="text"/> can name an outlet
    /// (<see cref="LooksLikeOutlet"/> or <see cref="IsOwnOutlet"/>); true says nothing.
    /// </summary>
    public bool MayReadOutletAuthorLabel(string text) => _outletNames is null || _outletNames.IsMatch(text);

    /// <summary>False when <see cref="AuthorLabel"/> cannot match <paramref name="text"/> (see <see cref="MayMatchCreditRole"/>).</summary>
    public bool MayMatchAuthorLabel(ReadOnlySpan<char> text) => _authorStarts is null || text.ContainsAny(_authorStarts);

    /// <summary>
    /// True when <paramref name="trimmed"/> opens with one of the related-list headings (ordinal, ignoring case) and has at
    /// most 6 characters after it. A heading without cased letters is compared ordinally, which gives the same answer faster.
    /// </summary>
    public bool OpensRelatedHeading(ReadOnlySpan<char> trimmed)
    {
        var caselessMayMatch = trimmed.Length > 0 && _caselessHeadingStarts.Contains(trimmed[0]);
        return (caselessMayMatch && OpensWithAny(trimmed, _caselessHeadings, StringComparison.Ordinal))
            || OpensWithAny(trimmed, _casedHeadings, StringComparison.OrdinalIgnoreCase);
    }

    private static bool OpensWithAny(ReadOnlySpan<char> trimmed, string[] headings, StringComparison comparison)
    {
        foreach (var heading in headings)
        {
            // Length first: an ordinal StartsWith, ignoring case or not, needs the text at least as long as the heading.
            if (trimmed.Length >= heading.Length && trimmed.Length <= heading.Length + 6 && trimmed.StartsWith(heading, comparison))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// False when no match of <see cref="AuthorLabel"/> in <paramref name="text"/> can start at or before
    /// <paramref name="maxIndex"/>: such a match (its look-behind, a label of at most the longest label's length, and the
    /// separators that may be empty) lies within the first <paramref name="maxIndex"/> + 1 + longest-label characters, so
    /// only those are searched.
    /// </summary>
    public bool MayMatchAuthorLabelBy(string text, int maxIndex) =>
        MayMatchAuthorLabel(text.AsSpan(0, Math.Min(text.Length, maxIndex + 1))) && AuthorLabel.IsMatch(text.AsSpan(0, Math.Min(text.Length, maxIndex + 1 + _longestAuthorLabel)));

    /// <summary>Matches a source label at the start of a line (<c>来源：</c>, <c>Nguồn:</c>).</summary>
    public Regex SourceLabel { get; }

    /// <summary>A whole photo-credit line (<c>Ảnh: Misso</c>): groups <c>role</c>, <c>name</c>.</summary>
    public Regex PhotoCredit { get; }

    /// <summary>Matches a source label and its separator anywhere in a line (<c>2019-11-25 来源：新京报</c>); the value follows.</summary>
    public Regex SourceLabelAnywhere { get; }

    /// <summary>Matches an author label (<c>记者</c>, <c>作者：</c>, <c>Tác giả:</c>).</summary>
    public Regex AuthorLabel { get; }

    /// <summary>An author label right after an outlet's name (<c>澎湃新闻记者 X</c>, <c>新京报记者 X</c>): groups <c>outlet</c>, <c>label</c>.</summary>
    public Regex OutletAuthorLabel { get; }

    /// <summary>Matches any known agency name or alias.</summary>
    public Regex AgencyName { get; }

    /// <summary>Matches a print source after its cue: <c>刊于《半月谈》</c> (group <c>name</c>).</summary>
    public Regex PrintSource { get; }

    /// <summary>True when the name ends like an outlet's (新京报, 长江网, 新浪科技, TNW中文站) or is a known agency.</summary>
    public bool LooksLikeOutlet(string name) =>
        IsKnownAgency(name) || Lexicon.MediaSuffixes.Any(s => name.Length >= s.Length + 2 && name.EndsWith(s, StringComparison.Ordinal));

    /// <summary>True when a source label's value names no outlet (转载文章, 本站).</summary>
    public bool IsSourceStopword(string name) => Lexicon.SourceStopwords.Contains(name, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// True when <paramref name="name"/> reads as a bare Chinese personal name: two or three Han characters starting with
    /// a common family name, and not an outlet.
    /// </summary>
    public bool LooksLikeChinesePersonalName(string name) =>
        name.Length is 2 or 3 && name.All(CharClass.IsHan) && _surnames.Contains(name[0]) && !LooksLikeOutlet(name)
        && !Lexicon.MediaSuffixes.Any(s => s.Length == 1 && name.EndsWith(s, StringComparison.Ordinal)) && !EndsWithAny(name, _flashWords);

    /// <summary>True when <paramref name="outlet"/> is the page's own (本报, 本台): it opens with an own-outlet marker.</summary>
    public bool IsOwnOutlet(string outlet)
    {
        foreach (var marker in _ownOutletMarkers)
        {
            if (outlet.StartsWith(marker, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when a dateline lead's head ends like an outlet (长江网, 新京报), which is no place.</summary>
    public bool EndsLikeOutletNotPlace(string place) => EndsWithAny(place, _nonPlaceSuffixes);

    /// <summary>True when <paramref name="name"/> names a news agency (新华社, or an alias of a known one that does).</summary>
    public bool IsNewsAgency(string name) =>
        EndsWithAny(name, _agencySuffixes) || (AgencyName.Match(name) is { Success: true } m && EndsWithAny(m.Value, _agencySuffixes));

    private static bool EndsWithAny(string text, IReadOnlyList<string> endings)
    {
        foreach (var ending in endings)
        {
            if (text.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The canonical name of a known agency alias, or the name itself.</summary>
    public string CanonicalAgency(string name) => _canonicalAgency.TryGetValue(name, out var canonical) ? canonical : name;

    /// <summary>True when a known agency alias.</summary>
    public bool IsKnownAgency(string name) => _canonicalAgency.ContainsKey(name);

    /// <summary>True when <paramref name="text"/> contains any of <paramref name="phrases"/>, ignoring case (ordinal).</summary>
    public static bool ContainsAny(string text, IReadOnlyList<string> phrases)
    {
        if (PhraseSearches.TryGetValue(phrases, out var search))
        {
            return search.IsMatch(text);
        }

        foreach (var phrase in phrases)
        {
            if (text.Contains(phrase, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Every character a match of the alternation of <paramref name="phrases"/> can start with: their first characters and,
    /// for a case-insensitive pattern, every character the regex engine itself treats as equal to one of them (asked of
    /// the engine over the whole BMP, so its case table decides, not ours). Null when a phrase is empty (no filter possible).
    /// </summary>
    private static SearchValues<char>? StartsOf(IReadOnlyList<string> phrases, bool ignoreCase)
    {
        if (phrases.Count == 0 || phrases.Any(p => p.Length == 0 || char.IsSurrogate(p[0])))
        {
            return phrases.Count == 0 ? SearchValues.Create(ReadOnlySpan<char>.Empty) : null;
        }

        var firsts = phrases.Select(p => p[0]).Distinct().ToArray();
        if (!ignoreCase)
        {
            return SearchValues.Create(firsts);
        }

        var set = $"[{string.Concat(firsts.Select(c => $"\\u{(int)c:X4}"))}]";
        return SearchValues.Create([.. firsts.Concat(CharSets.Matching(set, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)).Distinct()]);
    }

    private static string Alternation(IEnumerable<string> items) =>
        string.Join('|', items.OrderByDescending(s => s.Length).Select(Regex.Escape));

    /// <summary>
    /// <see cref="Alternation"/> for labels that may run straight into the name after them (记者张三): one ending in a cased
    /// letter ends a word, so it may not be followed by another letter ("Tác giả" is not a label in "Công tác giải phóng").
    /// </summary>
    private static string WordAlternation(IEnumerable<string> items) =>
        string.Join('|', items.OrderByDescending(s => s.Length).Select(s => Regex.Escape(s) + (EndsInCasedLetter(s) ? @"(?![\p{L}\p{Mn}])" : "")));

    private static bool EndsInCasedLetter(string label) =>
        label.Length > 0 && char.IsLetter(label[^1]) && char.ToUpperInvariant(label[^1]) != char.ToLowerInvariant(label[^1]);
}
