using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;
using NewsExtract.Languages;

namespace NewsExtract.Classification;

/// <summary>
/// Words of class and id names (<c>caption</c>, <c>pic_txt</c>, <c>\bdesc\b</c>) found in a block's hints, with a
/// prefilter derived from the words: each entry's longest run of characters every match holds, searched for all entries
/// at once (<see cref="SearchValues{T}"/> of strings). An entry is letters, digits, <c>-</c> and <c>_</c>, with <c>\b</c>
/// for a word boundary and <c>?</c> after a character that may be missing; anything else is refused when built.
/// </summary>
internal sealed class HintWords
{
    private readonly TieredRegex _regex;
    private readonly SearchValues<string> _literals;

    public HintWords(params string[] entries)
    {
        _regex = new TieredRegex(string.Join('|', entries), RegexOptions.CultureInvariant);
        // A literal holding another is dropped: a text holding it holds the other (pcaption: caption), so the search is
        // for fewer strings with the same answer.
        var literals = entries.Select(RequiredLiteral).Distinct(StringComparer.Ordinal).ToList();
        Literals = [.. literals.Where(l => !literals.Any(other => other != l && l.Contains(other, StringComparison.Ordinal)))];
        _literals = SearchValues.Create([.. Literals], StringComparison.Ordinal);
    }

    /// <summary>The literals, one of which each entry's matches hold (its prefilter).</summary>
    public IReadOnlyList<string> Literals { get; }

    /// <summary>The full matcher.</summary>
    public Regex Regex => _regex.Current;

    /// <summary>False when no entry can match <paramref name="hints"/>; true says nothing.</summary>
    public bool MayMatch(ReadOnlySpan<char> hints) => hints.ContainsAny(_literals);

    public bool IsMatch(string hints) => MayMatch(hints) && Regex.IsMatch(hints);

    /// <summary>The longest run of characters that every match of <paramref name="entry"/> holds (the first of equals).</summary>
    internal static string RequiredLiteral(string entry)
    {
        var runs = new List<string>();
        var run = new StringBuilder();
        for (var i = 0; i < entry.Length; i++)
        {
            var c = entry[i];
            if (c == '\\' && i + 1 < entry.Length && entry[i + 1] == 'b')
            {
                i++;
                continue; // a boundary matches no character
            }

            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
            {
                throw new ArgumentException($"The hint word \"{entry}\" holds '{c}', which a hint word cannot.", nameof(entry));
            }

            if (i + 1 < entry.Length && entry[i + 1] == '?')
            {
                runs.Add(run.ToString()); // an optional character ends the run before it
                run.Clear();
                i++;
                continue;
            }

            run.Append(c);
        }

        runs.Add(run.ToString());
        var longest = runs.MaxBy(r => r.Length)!;
        return longest.Length > 0 ? longest : throw new ArgumentException($"The hint word \"{entry}\" holds no character every match has.", nameof(entry));
    }
}
