using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using NewsExtract.Text;

namespace NewsExtract.Languages;

/// <summary>The cue-phrase lists of a lexicon that <see cref="CueScan"/> searches together.</summary>
[Flags]
internal enum CueList
{
    None = 0,
    Navigation = 1,
    BoilerplatePhrases = 2,
    BoilerplateLabels = 4,
    Caption = 8,
    Player = 16,
    OriginalTitle = 32,

    /// <summary>A bound, not an answer: unset, the lexicon's credit-role pattern cannot match the line; set says nothing.</summary>
    CreditRole = 64,

    /// <summary>A bound, not an answer: unset, the lexicon's author-label pattern cannot match the line; set says nothing.</summary>
    AuthorLabel = 128,
}

/// <summary>
/// A lexicon's cue lists searched in one pass over a line. A short line is tested against up to six lists, and each
/// separate search paid its own set-up (a vectorised scan for a list's first characters) for a line of a dozen or so
/// characters; here one table lookup per character finds where a phrase of any wanted list may start. For each list the
/// answer is exactly that of <see cref="CompiledLexicon.ContainsAny"/> (a case-insensitive ordinal search):
/// <list type="bullet">
/// <item>Caseless phrases (all the Chinese ones but Copyright, ICP备…) are compared ordinally at their start characters.</item>
/// <item>When most phrases are cased (all the Vietnamese ones), the line is folded once (<see cref="CaseFolding"/>, which
/// agrees with the comparison character by character) and every phrase, folded too, is found the same way.</item>
/// <item>Otherwise the few cased phrases keep their list's own case-insensitive search, as do lines holding surrogates
/// (which the comparison pairs).</item>
/// </list>
/// The same pass also bounds the role patterns (<see cref="CueList.CreditRole"/>, <see cref="CueList.AuthorLabel"/>): a
/// pattern's match holds one of its alternatives, so a line holding none cannot match, and most lines skip the regex and
/// its first-character prefilter (which every Vietnamese line passes). Immutable; shared by all threads.
/// </summary>
internal sealed class CueScan
{
    // Lines folded into a stack buffer up to this length; longer ones into a rented array.
    private const int StackFoldLength = 256;

    // The caseless phrases by first character (a line is scanned as it is).
    private readonly StartTable _caseless;

    // Every phrase folded, by first character (a folded line is scanned); null unless most phrases are cased.
    private readonly StartTable? _folded;

    // The lists with cased phrases, each with its own case-insensitive search.
    private readonly (CueList List, PhraseSearch Search)[] _cased;

    // Lists holding an empty phrase, which every line contains.
    private readonly CueList _always;

    // The bounded patterns a line is assumed to match without a search: every line, or a line the folded scan passes by.
    private readonly CueList _unboundedAlways;
    private readonly CueList _unboundedUnfolded;

    /// <param name="lists">Each list's flag and its search (the one <see cref="CompiledLexicon.ContainsAny"/> uses).</param>
    /// <param name="patterns">
    /// Each bounded pattern's flag and its alternatives: a match of the pattern holds one of them, compared as the pattern
    /// compares (ordinally, or by the regex engine's case equivalence with <paramref name="patternsIgnoreCase"/>).
    /// </param>
    /// <param name="patternsIgnoreCase">Whether the bounded patterns are case-insensitive regexes.</param>
    public CueScan(IEnumerable<(CueList List, PhraseSearch Search)> lists, IEnumerable<(CueList List, IReadOnlyList<string> Alternatives)> patterns, bool patternsIgnoreCase)
    {
        var caseless = new Dictionary<string, CueList>(StringComparer.Ordinal);
        var folded = new Dictionary<string, CueList>(StringComparer.Ordinal);
        var cased = new List<(CueList, PhraseSearch)>();
        var casedCount = 0;
        var foldable = true;
        foreach (var (list, search) in lists)
        {
            if (search.HasFolded)
            {
                cased.Add((list, search));
            }

            foreach (var phrase in search.CaselessPhrases)
            {
                caseless[phrase] = caseless.GetValueOrDefault(phrase) | list;
                folded[phrase] = folded.GetValueOrDefault(phrase) | list;
            }

            foreach (var phrase in search.CasedPhrases)
            {
                casedCount++;
                if (phrase.Length == 0)
                {
                    _always |= list;
                    continue;
                }

                foldable &= !phrase.AsSpan().ContainsAnyInRange('\uD800', '\uDFFF');
                var key = CaseFolding.Fold(phrase);
                folded[key] = folded.GetValueOrDefault(key) | list;
            }
        }

        var useFolded = foldable && casedCount * 2 >= folded.Count;
        foreach (var (list, alternatives) in patterns)
        {
            // An empty list makes an empty alternation, which matches anywhere, as does an empty alternative.
            if (alternatives.Count == 0 || alternatives.Any(a => a.Length == 0))
            {
                _unboundedAlways |= list;
                continue;
            }

            if (useFolded)
            {
                // A pattern's match holds an alternative whose every character is the pattern's own or, ignoring case,
                // equal to it: by CaseFolding (the folded line holds the folded alternative) or by the regex engine alone
                // (the folded line holds that character, entered as a one-character phrase).
                foreach (var alternative in alternatives)
                {
                    folded[CaseFolding.Fold(alternative)] = folded.GetValueOrDefault(CaseFolding.Fold(alternative)) | list;
                }

                foreach (var c in patternsIgnoreCase ? RegexOnlyCaseEquivalents(alternatives) : [])
                {
                    folded[c.ToString()] = folded.GetValueOrDefault(c.ToString()) | list;
                }

                _unboundedUnfolded |= list;
            }
            else if (!patternsIgnoreCase)
            {
                // An ordinal pattern's match holds an alternative verbatim.
                foreach (var alternative in alternatives)
                {
                    caseless[alternative] = caseless.GetValueOrDefault(alternative) | list;
                }
            }
            else
            {
                _unboundedAlways |= list;
            }
        }

        _caseless = new StartTable(caseless);
        _folded = useFolded ? new StartTable(folded) : null;
        _cased = [.. cased];
    }

    /// <summary>
    /// The folds of the characters the regex engine, ignoring case, takes as equal to a character of
    /// <paramref name="alternatives"/> where <see cref="CaseFolding"/> does not (the Kelvin sign for k): asked of the engine.
    /// </summary>
    private static HashSet<char> RegexOnlyCaseEquivalents(IEnumerable<string> alternatives)
    {
        const RegexOptions options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
        var chars = alternatives.SelectMany(a => a).Where(c => !char.IsSurrogate(c)).Distinct().ToArray();
        var equivalents = CharSets.Matching(ClassOf(chars), options);
        var found = new HashSet<char>();
        foreach (var c in chars)
        {
            var same = new Regex(ClassOf([c]), options);
            foreach (var x in equivalents)
            {
                if (CaseFolding.Fold(x) != CaseFolding.Fold(c) && same.IsMatch(new ReadOnlySpan<char>(in x)))
                {
                    found.Add(CaseFolding.Fold(x));
                }
            }
        }

        return found;
    }

    private static string ClassOf(IEnumerable<char> chars) => $"[{string.Concat(chars.Select(c => $"\\u{(int)c:X4}"))}]";

    /// <summary>Those of the <paramref name="wanted"/> lists that have a phrase in <paramref name="text"/>.</summary>
    public CueList Find(ReadOnlySpan<char> text, CueList wanted)
    {
        if (_folded is not null && !text.ContainsAnyInRange('\uD800', '\uDFFF'))
        {
            return (FindFolded(text, wanted) | _always | _unboundedAlways) & wanted;
        }

        var found = (_always | _unboundedAlways | _unboundedUnfolded) & wanted;
        foreach (var (list, search) in _cased)
        {
            if ((wanted & list & ~found) != 0 && search.IsFoldedMatch(text))
            {
                found |= list;
            }
        }

        return _caseless.Find(text, wanted & ~found) | found;
    }

    private CueList FindFolded(ReadOnlySpan<char> text, CueList wanted)
    {
        char[]? rented = null;
        var buffer = text.Length <= StackFoldLength
            ? stackalloc char[StackFoldLength]
            : (rented = System.Buffers.ArrayPool<char>.Shared.Rent(text.Length));
        try
        {
            var folded = buffer[..text.Length];
            CaseFolding.Fold(text, folded);
            return _folded!.Find(folded, wanted);
        }
        finally
        {
            if (rented is not null)
            {
                System.Buffers.ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    /// <summary>Phrases by first character: one table lookup per character of a line finds where one may start.</summary>
    private sealed class StartTable
    {
        // Per BMP character, 1 + the index in _entries of the phrases starting with it; 0 when none does.
        private readonly ushort[] _slots = new ushort[char.MaxValue + 1];

        // The phrases by first character, each with the lists that hold it.
        private readonly Entry[][] _entries;

        // The lists with a phrase here: a line wanting none of them skips the scan.
        private readonly CueList _lists;

        public StartTable(Dictionary<string, CueList> phrases)
        {
            var groups = phrases.GroupBy(e => e.Key[0]).ToArray();
            if (groups.Length >= ushort.MaxValue)
            {
                throw new ArgumentException("Too many distinct first characters for the cue table.", nameof(phrases));
            }

            _entries = new Entry[groups.Length][];
            for (var i = 0; i < groups.Length; i++)
            {
                _slots[groups[i].Key] = (ushort)(i + 1);
                _entries[i] = [.. groups[i].Select(e => new Entry(e.Key, e.Value))];
                foreach (var entry in _entries[i])
                {
                    _lists |= entry.Lists;
                }
            }
        }

        public CueList Find(ReadOnlySpan<char> text, CueList wanted)
        {
            var found = CueList.None;
            var open = wanted & _lists;
            for (var i = 0; i < text.Length && open != 0; i++)
            {
                var slot = _slots[text[i]];
                if (slot == 0)
                {
                    continue;
                }

                foreach (var entry in _entries[slot - 1])
                {
                    if ((entry.Lists & open) != 0 && entry.StartsAt(text[i..]))
                    {
                        found |= entry.Lists & wanted;
                        open &= ~entry.Lists;
                    }
                }
            }

            return found;
        }
    }

    /// <summary>A phrase and its lists, with its first four characters packed for a one-comparison rejection.</summary>
    private readonly struct Entry
    {
        private const int HeadLength = sizeof(ulong) / sizeof(char);

        private readonly string _phrase;
        private readonly ulong _head;
        private readonly ulong _headMask;

        public Entry(string phrase, CueList lists)
        {
            _phrase = phrase;
            Lists = lists;
            Span<char> head = stackalloc char[HeadLength];
            head.Clear();
            var length = Math.Min(phrase.Length, HeadLength);
            phrase.AsSpan(0, length).CopyTo(head);
            _head = MemoryMarshal.Read<ulong>(MemoryMarshal.AsBytes(head));
            _headMask = length == HeadLength ? ulong.MaxValue : (1UL << (16 * length)) - 1;
        }

        public CueList Lists { get; }

        /// <summary>Whether <paramref name="text"/> starts with the phrase (ordinal).</summary>
        public bool StartsAt(ReadOnlySpan<char> text)
        {
            if (text.Length < HeadLength)
            {
                return text.StartsWith(_phrase, StringComparison.Ordinal);
            }

            // Most positions a phrase's first character sends here differ within four characters: one comparison says so.
            return (MemoryMarshal.Read<ulong>(MemoryMarshal.AsBytes(text)) & _headMask) == _head
                && (_phrase.Length <= HeadLength || text.StartsWith(_phrase, StringComparison.Ordinal));
        }
    }
}
