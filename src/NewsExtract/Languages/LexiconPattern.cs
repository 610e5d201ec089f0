using System.Buffers;
using System.Text.RegularExpressions;
using NewsExtract.Text;

namespace NewsExtract.Languages;

/// <summary>
/// A regular expression built from lexicon words, with a prefilter derived from the same words when it is built: each
/// alternative of the pattern names the literals (its words) one of which every match of it holds, so a line holding
/// none of them cannot match and skips the regex. Nothing is kept in step by hand: a word added to a list is in the
/// pattern and in its prefilter. Where the pattern is anchored, the prefilter tests the one position a match can start
/// (or end) at. Immutable; shared by all threads.
/// </summary>
internal sealed class LexiconPattern
{
    private readonly Filter _filter;

    private readonly TieredRegex _regex;

    private LexiconPattern(string name, TieredRegex regex, Filter filter, IReadOnlyList<string> anchors)
    {
        Name = name;
        _regex = regex;
        _filter = filter;
        Anchors = anchors;
    }

    /// <summary>The literals the pattern was built around (its words): one of them is in every match.</summary>
    public IReadOnlyList<string> Anchors { get; }

    /// <summary>What the pattern finds, for tests and messages.</summary>
    public string Name { get; }

    /// <summary>The full matcher (interpreted at first, compiled once used often: see <see cref="TieredRegex"/>).</summary>
    public Regex Regex => _regex.Current;

    /// <summary>False when <see cref="Regex"/> cannot match <paramref name="text"/>; true says nothing.</summary>
    public bool MayMatch(ReadOnlySpan<char> text) => _filter.MayMatch(text);

    public bool IsMatch(string text) => MayMatch(text) && Regex.IsMatch(text);

    public Match Match(string text) => MayMatch(text) ? Regex.Match(text) : System.Text.RegularExpressions.Match.Empty;

    public int Count(string text) => MayMatch(text) ? Regex.Count(text) : 0;

    public IEnumerable<Match> Matches(string text) => MayMatch(text) ? Regex.Matches(text) : [];

    public override string ToString() => Name;

    /// <summary>A necessary condition for a match, worked out from the words when the pattern is built.</summary>
    private abstract class Filter
    {
        public abstract bool MayMatch(ReadOnlySpan<char> text);
    }

    private sealed class NoFilter : Filter
    {
        public static readonly NoFilter Instance = new();

        public override bool MayMatch(ReadOnlySpan<char> text) => true;
    }

    // A pattern of no alternatives (its lists are empty in this lexicon) matches nothing.
    private sealed class NeverFilter : Filter
    {
        public static readonly NeverFilter Instance = new();

        public override bool MayMatch(ReadOnlySpan<char> text) => false;
    }

    // Every match starts at the start of the text with one of the characters.
    private sealed class FirstCharFilter(SearchValues<char> starts) : Filter
    {
        public override bool MayMatch(ReadOnlySpan<char> text) => text.Length > 0 && starts.Contains(text[0]);
    }

    // Every match holds one of the characters.
    private sealed class ContainsFilter(SearchValues<char> chars) : Filter
    {
        public override bool MayMatch(ReadOnlySpan<char> text) => text.ContainsAny(chars);
    }

    // Every match starts, after an opening run of skipped characters at the start of the text, with one of the characters.
    // A plain loop: the run is mostly empty, and a vectorised search would cost its set-up on every line.
    private sealed class OpensFilter(SearchValues<char> skip, SearchValues<char> starts) : Filter
    {
        public override bool MayMatch(ReadOnlySpan<char> text)
        {
            foreach (var c in text)
            {
                if (!skip.Contains(c))
                {
                    return starts.Contains(c);
                }
            }

            return false;
        }
    }

    // Every match ends, before a closing run of skipped characters at the end of the text, with one of the characters.
    private sealed class ClosesFilter(SearchValues<char> skip, SearchValues<char> ends) : Filter
    {
        public override bool MayMatch(ReadOnlySpan<char> text)
        {
            for (var i = text.Length - 1; i >= 0; i--)
            {
                if (!skip.Contains(text[i]))
                {
                    return ends.Contains(text[i]);
                }
            }

            return false;
        }
    }

    /// <summary>
    /// Builds a pattern from alternatives, each with the literals one of which all its matches hold (its anchors).
    /// An alternative without anchors turns the prefilter off: the pattern is then always tried.
    /// </summary>
    public sealed class Builder(string name, RegexOptions options, PatternCatalog? catalog = null)
    {
        private readonly List<string> _alternatives = [];
        private readonly List<(string Literal, bool IgnoreCase)> _anchors = [];
        private bool _unanchored;

        private bool IgnoreCase => (options & RegexOptions.IgnoreCase) != 0;

        /// <summary>
        /// Adds an alternative whose every match holds one of <paramref name="anchors"/> (compared as the pattern compares).
        /// The anchors are the words the alternative is built from: an alternative of no words matches nothing, and is
        /// left out (a lexicon without a list gives a pattern without its alternative, and no prefilter is lost to it).
        /// </summary>
        public Builder Add(string pattern, IEnumerable<string> anchors, bool anchorsIgnoreCase = false)
        {
            var list = anchors.ToList();
            if (list.Count == 0)
            {
                return this;
            }

            _alternatives.Add(pattern);
            var any = false;
            foreach (var anchor in list)
            {
                if (anchor.AsSpan().Trim().IsEmpty)
                {
                    _unanchored = true;
                    continue;
                }

                _anchors.Add((anchor, anchorsIgnoreCase || IgnoreCase));
                any = true;
            }

            _unanchored |= !any;
            return this;
        }

        /// <summary>Adds an alternative with no literal every match holds: the pattern is then always tried.</summary>
        public Builder AddUnanchored(string pattern)
        {
            _alternatives.Add(pattern);
            _unanchored = true;
            return this;
        }

        /// <summary>
        /// Adds one alternative per word, <paramref name="shape"/> giving its pattern from the escaped word; with
        /// <paramref name="bounded"/>, a word of a cased script may not run into letters on either side (Thích, not Thíchx).
        /// </summary>
        public Builder AddWords(IEnumerable<string> words, Func<string, string> shape, bool ignoreCase = false, bool bounded = false)
        {
            foreach (var word in words.Where(w => w.Length > 0).Distinct(StringComparer.Ordinal).OrderByDescending(w => w.Length))
            {
                var pattern = shape(Words.Escape(word));
                Add(bounded ? Words.StartBoundary(word) + pattern + Words.EndBoundary(word) : pattern, [word], ignoreCase);
            }

            return this;
        }

        /// <summary>The alternation of what was added (<c>(?!)</c> for none: it matches nothing).</summary>
        public string Alternation => _alternatives.Count == 0 ? "(?!)" : "(?:" + string.Join('|', _alternatives) + ")";

        /// <summary>A pattern found anywhere in a text: <paramref name="prefix"/>, one alternative, <paramref name="suffix"/>.</summary>
        public LexiconPattern Anywhere(string prefix = "", string suffix = "")
        {
            var regex = new TieredRegex(prefix + Alternation + suffix, options);
            if (_alternatives.Count == 0)
            {
                return Register(new LexiconPattern(name, regex, NeverFilter.Instance, []));
            }

            return Register(new LexiconPattern(name, regex, _unanchored ? NoFilter.Instance : new ContainsFilter(Chars(_anchors.Select(a => (RarestLooking(a.Literal), a.IgnoreCase)))), AnchorList));
        }

        /// <summary>
        /// A pattern anchored at the start of a text: <paramref name="prefix"/> (by default <c>^</c> and any run of the
        /// characters of <paramref name="skipClass"/>, a regex class), then an alternative that opens with one of its
        /// anchors. Whatever the prefix, it may match only characters of <paramref name="skipClass"/> (null: none).
        /// </summary>
        public LexiconPattern AtStart(string? skipClass, string? prefix = null, string suffix = "")
        {
            var regex = new TieredRegex((prefix ?? "^" + (skipClass is null ? "" : skipClass + "*")) + Alternation + suffix, options);
            var skip = skipClass is null ? [] : CharSets.Matching(skipClass, options & ~RegexOptions.Compiled);
            var starts = Chars(_anchors.Select(a => (a.Literal[0], a.IgnoreCase)));
            // A word opening with a skipped character may start anywhere in the opening run: then only "holds one" is sure.
            return Register(new LexiconPattern(name, regex, _alternatives.Count == 0 ? NeverFilter.Instance
                : _unanchored ? NoFilter.Instance
                : skip.Length == 0 ? new FirstCharFilter(starts)
                : skip.Any(starts.Contains) ? new ContainsFilter(starts)
                : new OpensFilter(SearchValues.Create(skip), starts), AnchorList));
        }

        /// <summary>
        /// A pattern anchored at the end of a text: an alternative that closes with one of its anchors, then any run of
        /// the characters of <paramref name="skipClass"/> (a regex class), then the end (<c>\z</c>).
        /// </summary>
        public LexiconPattern AtEnd(string skipClass)
        {
            var regex = new TieredRegex(Alternation + skipClass + "*\\z", options);
            var skip = CharSets.Matching(skipClass, options & ~RegexOptions.Compiled);
            var ends = Chars(_anchors.Select(a => (a.Literal[^1], a.IgnoreCase)));
            return Register(new LexiconPattern(name, regex, _alternatives.Count == 0 ? NeverFilter.Instance
                : _unanchored ? NoFilter.Instance
                : skip.Any(ends.Contains) ? new ContainsFilter(ends)
                : new ClosesFilter(SearchValues.Create(skip), ends), AnchorList));
        }

        private string[] AnchorList => [.. _anchors.Select(a => a.Literal).Distinct(StringComparer.Ordinal)];

        private LexiconPattern Register(LexiconPattern pattern)
        {
            catalog?.Add(pattern);
            return pattern;
        }

        // The chosen characters and, where compared ignoring case, every character the regex engine takes as equal to one
        // (asked of the engine with the pattern's options, so its case table decides, not ours).
        private SearchValues<char> Chars(IEnumerable<(char Char, bool IgnoreCase)> chosen)
        {
            var list = chosen.Distinct().ToList();
            var exact = list.Select(c => c.Char);
            var folded = list.Where(c => c.IgnoreCase && !char.IsSurrogate(c.Char)).Select(c => c.Char).Distinct().ToArray();
            var equivalents = folded.Length == 0 ? [] : CharSets.Matching(CharSets.ClassOf(folded), (options | RegexOptions.IgnoreCase) & ~RegexOptions.Compiled);
            return SearchValues.Create([.. exact.Concat(equivalents).Distinct()]);
        }

        /// <summary>
        /// The character of a literal least likely on an ordinary line, which a match of the literal holds: punctuation
        /// first, then the highest non-ASCII letter (the ớ of trước, the 复 of 回复), never white space (a pattern may write
        /// a word's spaces as runs of any space).
        /// </summary>
        private static char RarestLooking(string literal) => literal.MaxBy(c =>
            char.IsSurrogate(c) ? -2
            : char.IsWhiteSpace(c) ? -1
            : !char.IsLetterOrDigit(c) ? 0x20000
            : c >= 0x80 ? 0x10000 + c
            : c);
    }
}

/// <summary>Every <see cref="LexiconPattern"/> a compiled lexicon built, for the tests that check each prefilter.</summary>
internal sealed class PatternCatalog
{
    private const RegexOptions Options = RegexOptions.CultureInvariant;

    private readonly List<LexiconPattern> _all = [];

    public IReadOnlyList<LexiconPattern> All => _all;

    /// <summary>A builder whose pattern joins this catalogue (compiled, culture-invariant, plus <paramref name="options"/>).</summary>
    public LexiconPattern.Builder Start(string name, RegexOptions options = RegexOptions.None) => new(name, options | Options, this);

    public void Add(LexiconPattern pattern) => _all.Add(pattern);
}

/// <summary>How the lexicon's words are written into patterns.</summary>
internal static class Words
{
    /// <summary>White space inside a date or a phrase: spaces, tabs, no-break and ideographic spaces.</summary>
    public const string Space = "[ \\t\\u00A0\\u3000]";

    /// <summary>A word as a regex: escaped, its spaces matching any run of <see cref="Space"/>.</summary>
    public static string Escape(string word) =>
        string.Join(Space + "+", word.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape));

    /// <summary>The alternation of <paramref name="words"/>, longest first (<c>(?!)</c> when there are none), ignoring case when asked.</summary>
    public static string Alternation(IEnumerable<string> words, bool ignoreCase = false)
    {
        var list = words.Where(w => w.Length > 0).Distinct(StringComparer.Ordinal).OrderByDescending(w => w.Length).Select(Escape).ToList();
        return list.Count == 0 ? "(?!)" : (ignoreCase ? "(?i:" : "(?:") + string.Join('|', list) + ")";
    }

    /// <summary>A regex character class of single-character words (<c>[日号號]</c>); <c>(?!)</c> when there are none.</summary>
    public static string Class(IEnumerable<string> chars)
    {
        var list = chars.Where(c => c.Length == 1).Select(c => c[0]).Distinct().ToArray();
        return list.Length == 0 ? "(?!)" : CharSets.ClassOf(list);
    }

    /// <summary>
    /// A word that ends a word in a cased script (Thích, trước) may not run into a letter: the look-ahead that says so,
    /// else nothing. Han words need none (the script has no spaces).
    /// </summary>
    public static string EndBoundary(string word) => EndsInCasedLetter(word) ? "(?![\\p{L}\\p{Mn}])" : "";

    /// <summary>The look-behind a word that starts with a cased letter needs (see <see cref="EndBoundary"/>).</summary>
    public static string StartBoundary(string word) => word.Length > 0 && IsCasedLetter(word[0]) ? "(?<![\\p{L}\\p{Mn}])" : "";

    /// <summary>The key a matched word is looked up by: its runs of white space as single spaces.</summary>
    public static string Key(string matched) =>
        matched.AsSpan().ContainsAny(" \t\u00A0\u3000") ? string.Join(' ', matched.Split([' ', '\u00A0', '\t', '\u3000'], StringSplitOptions.RemoveEmptyEntries)) : matched;

    private static bool EndsInCasedLetter(string word) => word.Length > 0 && IsCasedLetter(word[^1]);

    private static bool IsCasedLetter(char c) => char.IsLetter(c) && char.ToUpperInvariant(c) != char.ToLowerInvariant(c);
}
