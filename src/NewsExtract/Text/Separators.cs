using NewsExtract.Languages;

namespace NewsExtract.Text;

/// <summary>
/// The marks that separate a label from its value (<c>来源：X</c>, <c>编辑丨X</c>, <c>文/X</c>) and one field from the
/// next on a line: one definition for every pattern, split and trim that needs them.
/// </summary>
internal static class Separators
{
    /// <summary>Colons, in both widths.</summary>
    public const string Colons = ":：";

    /// <summary>
    /// Vertical bars: ASCII, full-width, box-drawing, the vertical em-dash form, and the ideograph 丨 that Chinese pages
    /// set as a bar.
    /// </summary>
    public const string Bars = "|｜│︱丨";

    /// <summary>Slashes, in both widths.</summary>
    public const string Slashes = "/／";

    /// <summary>Dashes: hyphen-minus, en and em dash.</summary>
    public const string Dashes = "-–—";

    /// <summary>What may separate a source label from its value (<c>来源：</c>, <c>来源丨</c>): a colon or a bar.</summary>
    public static readonly string LabelClass = Class(Colons + Bars);

    /// <summary>What may separate a role or writer's label from the name (<c>编辑：</c>, <c>文/</c>): a colon, bar or slash.</summary>
    public static readonly string RoleClass = Class(Colons + Bars + Slashes);

    /// <summary>A regex character class of <paramref name="chars"/>.</summary>
    public static string Class(string chars) => CharSets.ClassOf(chars);

    /// <summary><paramref name="chars"/> as a class inside a larger one (its members only, no brackets).</summary>
    public static string Members(string chars) => Class(chars)[1..^1];
}
