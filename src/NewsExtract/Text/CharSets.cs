using System.Buffers;
using System.Text.RegularExpressions;

namespace NewsExtract.Text;

/// <summary>Character sets for the vectorised prefilters in front of regexes, taken from the regex engine itself.</summary>
internal static class CharSets
{
    /// <summary>
    /// Every BMP character that <paramref name="pattern"/> (one character class) matches under <paramref name="options"/>.
    /// Asked of the regex engine character by character, so its tables (\d, \s, case equivalence) decide, not ours.
    /// </summary>
    public static char[] Matching(string pattern, RegexOptions options)
    {
        var single = new Regex($@"\A(?:{pattern})\z", options);
        var chars = new List<char>();
        Span<char> one = stackalloc char[1];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            one[0] = (char)c;
            if (single.IsMatch(one))
            {
                chars.Add((char)c);
            }
        }

        return [.. chars];
    }

    /// <summary><see cref="Matching"/> as search values.</summary>
    public static SearchValues<char> SearchValuesOf(string pattern, RegexOptions options) => SearchValues.Create(Matching(pattern, options));
}
