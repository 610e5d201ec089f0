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
/// characters; here one table lookup per character finds where a caseless phrase of any wanted list may start. For each
/// list the answer is exactly that of <see cref="CompiledLexicon.ContainsAny"/>: the cased phrases (Copyright, all the
/// Vietnamese ones) keep their list's own case-insensitive search, the caseless ones are compared ordinally as there.
/// Immutable; shared by all threads.
/// </summary>
internal sealed class CueScan
{
    // Per BMP character, 1 + the index in _entries of the caseless phrases starting with it; 0 when none does.
    private readonly ushort[] _slots = new ushort[char.MaxValue + 1];

    // The caseless phrases by first character, each with the lists that hold it.
    private readonly (string Phrase, CueList Lists)[][] _entries;

    // The lists with cased phrases, searched each on its own.
    private readonly (CueList List, PhraseSearch Search)[] _folded;

    // The lists with caseless phrases: a line wanting none of them skips the character scan.
    private readonly CueList _caselessLists;

    /// <param name="lists">Each list's flag and its search (the one <see cref="CompiledLexicon.ContainsAny"/> uses).</param>
    public CueScan(IEnumerable<(CueList List, PhraseSearch Search)> lists)
    {
        var byPhrase = new Dictionary<string, CueList>(StringComparer.Ordinal);
        var folded = new List<(CueList, PhraseSearch)>();
        foreach (var (list, search) in lists)
        {
            if (search.HasFolded)
            {
                folded.Add((list, search));
            }

            foreach (var phrase in search.CaselessPhrases)
            {
                byPhrase[phrase] = byPhrase.GetValueOrDefault(phrase) | list;
                _caselessLists |= list;
            }
        }

        var groups = byPhrase.GroupBy(e => e.Key[0]).ToArray();
        if (groups.Length >= ushort.MaxValue)
        {
            throw new ArgumentException("Too many distinct first characters for the cue table.", nameof(lists));
        }

        _entries = new (string, CueList)[groups.Length][];
        for (var i = 0; i < groups.Length; i++)
        {
            _slots[groups[i].Key] = (ushort)(i + 1);
            _entries[i] = [.. groups[i].Select(e => (e.Key, e.Value))];
        }

        _folded = [.. folded];
    }

    /// <summary>Those of the <paramref name="wanted"/> lists that have a phrase in <paramref name="text"/>.</summary>
    public CueList Find(ReadOnlySpan<char> text, CueList wanted)
    {
        var found = CueList.None;
        foreach (var (list, search) in _folded)
        {
            if ((wanted & list) != 0 && search.IsFoldedMatch(text))
            {
                found |= list;
            }
        }

        var open = wanted & _caselessLists & ~found;
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
