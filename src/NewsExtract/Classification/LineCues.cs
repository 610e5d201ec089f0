using System.Text.RegularExpressions;

namespace NewsExtract.Classification;

/// <summary>Language-neutral shapes of lines: bullets, sapo tags.</summary>
internal static partial class LineCues
{
    /// <summary>A bullet or list-number at the start of a text line.</summary>
    [GeneratedRegex(@"^(?:[•·●○◦▪▫■□►▶→\-–—*]|\d{1,2}[.、)）])\s*", RegexOptions.CultureInvariant)]
    public static partial Regex Bullet();

    /// <summary>
    /// A sapo tag, an outlet's initials or name opening the lead: <c>(Dân trí) -</c>, <c>(NLĐO)-</c>, <c>TTO -</c>,
    /// <c>VOV.VN -</c>: a bracketed name, or capitals, before a dash.
    /// </summary>
    [GeneratedRegex(@"^\s*(?:\((?<tag>[^()]{2,30})\)\s*[-–—]|(?<tag>\p{Lu}[\p{Lu}\p{N}.]{1,15}(?:\s[\p{Lu}.]{2,15})?)\s*[-–—]\s)", RegexOptions.CultureInvariant)]
    public static partial Regex SapoTag();
}
