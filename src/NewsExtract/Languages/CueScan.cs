using System.Numerics;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using NewsExtract.Text;

namespace NewsExtract.Languages;

/// <summary>The cue-phrase lists of a lexicon that <see cref="CueScan"/> searches together.</summary>
[Flags]
internal enum CueList : byte
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
/// characters; here one pass finds where a phrase of any wanted list may start (<see cref="StartTable"/>). For each list the
/// answer is exactly that of <see cref="CompiledLexicon.ContainsAny"/> (a case-insensitive ordinal search):
/// <list type="bullet">
/// <item>Caseless phrases (all the Chinese ones but Copyright, ICP备…) are compared ordinally where they may start.</item>
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

    // The caseless phrases (a line is scanned as it is).
    private readonly StartTable _caseless;

    // Every phrase folded (a folded line is scanned); null unless most phrases are cased.
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
        // Sized to the line: a stack buffer is zeroed first, and most lines are a few dozen characters.
        var buffer = text.Length <= StackFoldLength
            ? stackalloc char[text.Length]
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

    /// <summary>
    /// Phrases by their first two characters. Which positions of a line may start a phrase is worked out for 64 positions at
    /// a time without a branch (a hashed bit per character pair, and per character for one-character phrases); only those
    /// positions are then compared, each with the few phrases of its pair's hash bucket. Testing each position in turn cost a
    /// mispredicted branch at every other character of a Vietnamese line, where nearly every letter starts some phrase.
    /// A position's first three characters are tested too (a hashed bit per triple) before its bucket is: one position in
    /// seven of a Vietnamese line passes the pair test (TH, NG, CH open phrases), one in fifty the triple test.
    /// </summary>
    private sealed class StartTable
    {
        private const int PairBits = 1 << 16;

        // Pair hashes (16 bits) share a bucket of phrases by their top bits.
        private const int BucketShift = 4;

        // A bit per hash of the first two characters of a phrase of two or more.
        private readonly ulong[] _pairs = new ulong[PairBits / 64];

        // A bit per hash of a two-character phrase, and of the first three characters of a longer one.
        private readonly ulong[] _shortPairs = new ulong[PairBits / 64];
        private readonly ulong[] _triples = new ulong[PairBits / 64];

        // Per bucket, 1 + the index in _buckets of its phrases; 0 when it has none.
        private readonly ushort[] _bucketSlots = new ushort[PairBits >> BucketShift];

        private readonly Entry[][] _buckets;

        // A bit per character that is a whole phrase, and the lists holding each such character.
        private readonly ulong[] _singles = new ulong[(char.MaxValue + 1) / 64];
        private readonly Dictionary<char, CueList> _singleLists = [];

        // The lists with a phrase here: a line wanting none of them skips the scan.
        private readonly CueList _lists;

        public StartTable(Dictionary<string, CueList> phrases)
        {
            foreach (var (phrase, lists) in phrases)
            {
                _lists |= lists;
                if (phrase.Length == 1)
                {
                    _singles[phrase[0] >> 6] |= 1UL << phrase[0];
                    _singleLists[phrase[0]] = _singleLists.GetValueOrDefault(phrase[0]) | lists;
                }
                else
                {
                    var pair = PairOf(phrase[0], phrase[1]);
                    _pairs[pair >> 6] |= 1UL << pair;
                    var (bits, hash) = phrase.Length == 2 ? (_shortPairs, pair) : (_triples, TripleOf(phrase[0], phrase[1], phrase[2]));
                    bits[hash >> 6] |= 1UL << hash;
                }
            }

            var buckets = phrases.Where(e => e.Key.Length > 1).GroupBy(e => PairOf(e.Key[0], e.Key[1]) >> BucketShift).ToArray();
            _buckets = new Entry[buckets.Length][];
            for (var i = 0; i < buckets.Length; i++)
            {
                _bucketSlots[buckets[i].Key] = (ushort)(i + 1);
                _buckets[i] = [.. buckets[i].Select(e => new Entry(e.Key, e.Value))];
            }
        }

        private static int PairOf(char first, char second) => (int)(((first * 0x9E3779B1u) ^ (second * 0x85EBCA77u)) >> 16);

        private static int TripleOf(char first, char second, char third) =>
            (int)(((first * 0x9E3779B1u) ^ (second * 0x85EBCA77u) ^ (third * 0xC2B2AE3Du)) >> 16);

        private static bool Has(ulong[] bits, int hash) => ((bits[hash >> 6] >> hash) & 1UL) != 0;

        public CueList Find(ReadOnlySpan<char> text, CueList wanted)
        {
            var found = CueList.None;
            var open = wanted & _lists;
            for (var start = 0; start < text.Length && open != 0; start += 64)
            {
                var candidates = Candidates(text, start);
                while (candidates != 0 && open != 0)
                {
                    var i = start + BitOperations.TrailingZeroCount(candidates);
                    candidates &= candidates - 1;
                    var c = text[i];
                    if (((_singles[c >> 6] >> c) & 1UL) != 0)
                    {
                        var lists = _singleLists[c];
                        found |= lists & wanted;
                        open &= ~lists;
                    }

                    if (i + 1 >= text.Length)
                    {
                        continue;
                    }

                    var pair = PairOf(c, text[i + 1]);
                    if (!Has(_shortPairs, pair) && !(i + 2 < text.Length && Has(_triples, TripleOf(c, text[i + 1], text[i + 2]))))
                    {
                        continue;
                    }

                    var slot = _bucketSlots[pair >> BucketShift];
                    if (slot == 0)
                    {
                        continue;
                    }

                    foreach (var entry in _buckets[slot - 1])
                    {
                        if ((entry.Lists & open) != 0 && entry.StartsAt(text[i..]))
                        {
                            found |= entry.Lists & wanted;
                            open &= ~entry.Lists;
                        }
                    }
                }
            }

            return found;
        }

        // A bit for each of the up to 64 positions from start where a phrase may start (by the pair or single-character bits).
        private ulong Candidates(ReadOnlySpan<char> text, int start)
        {
            var pairs = _pairs;
            var singles = _singles;
            var end = Math.Min(start + 64, text.Length - 1);
            var candidates = 0UL;
            for (var i = start; i < end; i++)
            {
                var c = text[i];
                var pair = PairOf(c, text[i + 1]);
                candidates |= (((pairs[pair >> 6] >> pair) | (singles[c >> 6] >> c)) & 1UL) << (i - start);
            }

            // The line's last character starts no pair.
            if (end == text.Length - 1 && end >= start)
            {
                var c = text[end];
                candidates |= ((singles[c >> 6] >> c) & 1UL) << (end - start);
            }

            return candidates;
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
