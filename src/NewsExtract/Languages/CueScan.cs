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
/// Immutable; shared by all threads.
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

    /// <param name="lists">Each list's flag and its search (the one <see cref="CompiledLexicon.ContainsAny"/> uses).</param>
    public CueScan(IEnumerable<(CueList List, PhraseSearch Search)> lists)
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

        _caseless = new StartTable(caseless);
        _folded = foldable && casedCount * 2 >= folded.Count ? new StartTable(folded) : null;
        _cased = [.. cased];
    }

    /// <summary>Those of the <paramref name="wanted"/> lists that have a phrase in <paramref name="text"/>.</summary>
    public CueList Find(ReadOnlySpan<char> text, CueList wanted)
    {
        if (_folded is not null && !text.ContainsAnyInRange('\uD800', '\uDFFF'))
        {
            return (FindFolded(text, wanted) | _always) & wanted;
        }

        var found = _always & wanted;
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
        private readonly (string Phrase, CueList Lists)[][] _entries;

        // The lists with a phrase here: a line wanting none of them skips the scan.
        private readonly CueList _lists;

        public StartTable(Dictionary<string, CueList> phrases)
        {
            var groups = phrases.GroupBy(e => e.Key[0]).ToArray();
            if (groups.Length >= ushort.MaxValue)
            {
                throw new ArgumentException("Too many distinct first characters for the cue table.", nameof(phrases));
            }

            _entries = new (string, CueList)[groups.Length][];
            for (var i = 0; i < groups.Length; i++)
            {
                _slots[groups[i].Key] = (ushort)(i + 1);
                _entries[i] = [.. groups[i].Select(e => (e.Key, e.Value))];
                foreach (var (_, lists) in _entries[i])
                {
                    _lists |= lists;
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

                foreach (var (phrase, lists) in _entries[slot - 1])
                {
                    if ((lists & open) != 0 && text[i..].StartsWith(phrase, StringComparison.Ordinal))
                    {
                        found |= lists & wanted;
                        open &= ~lists;
                    }
                }
            }

            return found;
        }
    }
}
