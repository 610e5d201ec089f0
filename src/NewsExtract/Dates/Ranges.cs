using System.Text.RegularExpressions;

namespace NewsExtract.Dates;

/// <summary>The second half of a range (12/7-15/7): swallowed so it is not read as a date of its own.</summary>
internal static partial class Ranges
{
    [GeneratedRegex("\\G[ \\t]*[\\-–~～][ \\t]*\\d{1,2}[/.]\\d{1,2}(?!\\d|[/.]\\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Tail();

    public static int TailLength(string text, int at)
    {
        var tail = Tail().Match(text, at);
        return tail.Success ? tail.Length : 0;
    }
}
