using System.Buffers;
using System.Collections.Concurrent;

namespace NewsExtract.Languages;

/// <summary>
/// A phrase list searched quickly. Phrases without cased letters (all the Chinese ones but "Copyright", "ICP备"…)
/// need no case folding: one vectorised scan for the characters they start with, then an ordinal comparison only
/// at those positions. Phrases with cased letters (all the Vietnamese ones) keep the per-phrase
/// <c>Contains(…, OrdinalIgnoreCase)</c>, itself vectorised, which beats any start-character scan on Latin text.
/// Either way the answer is exactly that of <c>text.Contains(phrase, StringComparison.OrdinalIgnoreCase)</c> for some phrase.
/// </summary>
internal sealed class PhraseSearch
{
    private readonly SearchValues<char> _starts;
    private readonly Dictionary<char, string[]> _byStart;
    // At most this many distinct first characters for the cased phrases' first-character prefilter.
    private const int MaxFoldedStarts = 4;

    // At most this many distinct characters in a prefilter (each is looked up over the BMP once per process).
    private const int MaxFilterChars = 16;

    // Per character, every BMP character equal to it ignoring case (ordinal), by CaseFolding (which agrees with it).
    private static readonly ConcurrentDictionary<char, char[]> EqualIgnoringCase = new();

    private readonly string[] _folded;

    // Characters at least one of which any match of a cased phrase contains; null for no prefilter.
    private readonly SearchValues<char>? _foldedFilter;

    private PhraseSearch(SearchValues<char> starts, Dictionary<char, string[]> byStart, string[] folded)
    {
        _starts = starts;
        _byStart = byStart;
        _folded = folded;
        _foldedFilter = FoldedFilter(folded);
    }

    /// <summary>
    /// The prefilter for the cased phrases: a match of one holds, at each of its positions, a character equal ignoring
    /// case to the phrase's character there, so text holding none of those for some chosen position skips the
    /// case-insensitive searches. The chosen character is the first when the phrases share few (Copyright, ICP备: rare
    /// on a Chinese line); otherwise each phrase's least common-looking one — punctuation, else its highest non-ASCII
    /// letter (the : of Video:, the ồ of Nguồn ảnh) — since a Vietnamese line holds every first letter.
    /// </summary>
    private static SearchValues<char>? FoldedFilter(string[] folded)
    {
        if (folded.Length == 0 || folded.Any(p => p.Length == 0))
        {
            return null;
        }

        var firsts = folded.Select(p => p[0]).Distinct().ToArray();
        var chosen = firsts.Select(c => c.ToString()).Distinct(StringComparer.OrdinalIgnoreCase).Count() <= MaxFoldedStarts
            ? firsts
            : folded.Select(RarestLooking).Distinct().ToArray();
        if (chosen.Length > MaxFilterChars || chosen.Any(char.IsSurrogate))
        {
            return null;
        }

        return SearchValues.Create([.. chosen.SelectMany(c => EqualIgnoringCase.GetOrAdd(c, CaseFolding.EqualIgnoringCase)).Distinct()]);
    }

    // Punctuation first, then non-ASCII letters (highest code point first), then the rest; never white space or a surrogate.
    private static char RarestLooking(string phrase) => phrase.MaxBy(c =>
        char.IsSurrogate(c) || char.IsWhiteSpace(c) ? -1
        : !char.IsLetterOrDigit(c) ? 0x20000
        : c >= 0x80 ? 0x10000 + c
        : c);

    public static PhraseSearch Create(IReadOnlyList<string> phrases)
    {
        var byStart = new Dictionary<char, List<string>>();
        var folded = new List<string>();
        foreach (var phrase in phrases.Distinct(StringComparer.Ordinal))
        {
            if (phrase.Length == 0 || !IsCaseless(phrase))
            {
                folded.Add(phrase);
                continue;
            }

            if (!byStart.TryGetValue(phrase[0], out var list))
            {
                byStart[phrase[0]] = list = [];
            }

            list.Add(phrase);
        }

        // Cased phrases equal ignoring case (Copyright, COPYRIGHT) match the same texts: one search is enough.
        return new PhraseSearch(SearchValues.Create([.. byStart.Keys]), byStart.ToDictionary(e => e.Key, e => e.Value.ToArray()), [.. folded.Distinct(StringComparer.OrdinalIgnoreCase)]);
    }

    /// <summary>The phrases without cased letters, compared ordinally (see <see cref="IsFoldedMatch"/> for the others).</summary>
    public IEnumerable<string> CaselessPhrases => _byStart.Values.SelectMany(p => p);

    /// <summary>The phrases with cased letters (and an empty one), searched ignoring case by <see cref="IsFoldedMatch"/>.</summary>
    public IReadOnlyList<string> CasedPhrases => _folded;

    /// <summary>Whether any phrase has cased letters (or is empty): those are searched by <see cref="IsFoldedMatch"/>.</summary>
    public bool HasFolded => _folded.Length > 0;

    public bool IsMatch(ReadOnlySpan<char> text) => IsFoldedMatch(text) || IsCaselessMatch(text);

    /// <summary>Whether <paramref name="text"/> contains one of the phrases with cased letters, ignoring case (ordinal).</summary>
    public bool IsFoldedMatch(ReadOnlySpan<char> text)
    {
        var folded = _foldedFilter is null || text.ContainsAny(_foldedFilter) ? _folded : [];
        foreach (var phrase in folded)
        {
            if (text.Contains(phrase, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsCaselessMatch(ReadOnlySpan<char> text)
    {
        var span = text;
        var offset = 0;
        while (_byStart.Count > 0)
        {
            var at = span[offset..].IndexOfAny(_starts);
            if (at < 0)
            {
                return false;
            }

            offset += at;
            var rest = span[offset..];
            foreach (var phrase in _byStart[rest[0]])
            {
                if (rest.StartsWith(phrase, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            offset++;
        }

        return false;
    }

    // No character of the phrase has another case form (nor is a surrogate), so an ordinal-ignore-case match is an ordinal one.
    internal static bool IsCaseless(string phrase)
    {
        foreach (var c in phrase)
        {
            if (char.IsSurrogate(c) || char.ToUpperInvariant(c) != c || char.ToLowerInvariant(c) != c)
            {
                return false;
            }
        }

        return true;
    }
}
