using System.Buffers;
using System.Text.RegularExpressions;

namespace NewsExtract.Text;

/// <summary>Character sets for the vectorised prefilters in front of regexes, taken from the regex engine itself.</summary>
internal static class CharSets
{
    // Every UTF-16 code unit once, in order: one regex scan over it finds all the characters a class matches.
    private static readonly Lazy<string> AllChars = new(() => string.Create(char.MaxValue + 1, 0, static (span, _) =>
    {
        for (var i = 0; i < span.Length; i++)
        {
            span[i] = (char)i;
        }
    }));

    /// <summary>
    /// Every BMP character that <paramref name="pattern"/> (a pattern matching exactly one character, such as a class)
    /// matches under <paramref name="options"/>. Asked of the regex engine, so its tables (\d, \s, case equivalence)
    /// decide, not ours; one scan over all 65,536 code units.
    /// </summary>
    public static char[] Matching(string pattern, RegexOptions options) =>
        Matched.GetOrAdd((pattern, options & ~RegexOptions.Compiled), static key => Scan(key.Pattern, key.Options));

    // The answers so far: the lexicons ask for the same classes (\d, \s, brackets) many times while they are compiled.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string Pattern, RegexOptions Options), char[]> Matched = new();

    private static char[] Scan(string pattern, RegexOptions options)
    {
        var all = AllChars.Value;
        var chars = new List<char>();
        foreach (var match in new Regex(pattern, options).EnumerateMatches(all))
        {
            if (match.Length != 1)
            {
                throw new ArgumentException($"The pattern {pattern} matches more than one character.", nameof(pattern));
            }

            chars.Add(all[match.Index]);
        }

        return [.. chars];
    }

    /// <summary>A regex character class of exactly <paramref name="chars"/>, each written as an escape.</summary>
    public static string ClassOf(IEnumerable<char> chars) => $"[{string.Concat(chars.Select(c => $"\\u{(int)c:X4}"))}]";

    /// <summary><see cref="Matching"/> as search values.</summary>
    public static SearchValues<char> SearchValuesOf(string pattern, RegexOptions options) => SearchValues.Create(Matching(pattern, options));

    /// <summary>
    /// Whether a case-insensitive regex and an ordinal-ignore-case comparison agree on <paramref name="word"/>: the regex
    /// engine takes no character as equal to one of the word's that the comparison does not (the Kelvin sign to k). Then a
    /// vectorised search ignoring case can stand in front of the regex.
    /// </summary>
    public static bool CaseFoldsAsOrdinal(string word)
    {
        foreach (var c in word.Distinct())
        {
            if (char.IsSurrogate(c))
            {
                return false;
            }

            var equal = Languages.CaseFolding.EqualIgnoringCase(c);
            if (!Matching(ClassOf([c]), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant).All(equal.Contains))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>What the regex <c>\s</c> matches (the engine's own table).</summary>
    public static readonly SearchValues<char> RegexSpace = SearchValuesOf(@"\s", RegexOptions.CultureInvariant);

    /// <summary>The index of the first character at or after <paramref name="start"/> that <c>\s</c> does not match (the length when none).</summary>
    public static int SkipRegexSpace(ReadOnlySpan<char> text, int start)
    {
        var at = text[start..].IndexOfAnyExcept(RegexSpace);
        return at < 0 ? text.Length : start + at;
    }
}
