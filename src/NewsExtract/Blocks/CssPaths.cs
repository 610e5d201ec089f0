using System.Text;
using NewsExtract.Html;

namespace NewsExtract.Blocks;

/// <summary>
/// The CSS path of a block's element, as a site profile's selector would name it: from the nearest ancestor with an id
/// (or <c>body</c>) down, each step its tag, id, up to three classes and <c>:nth-of-type(N)</c> when a sibling has
/// the same tag and classes (<c>div#main &gt; div.article-body &gt; p:nth-of-type(3)</c>). Ids and classes that are not plain CSS
/// identifiers (they would need escapes) are left out. A path keeps its nearest <see cref="MaxSteps"/> steps. The
/// paths parse with <see cref="HtmlSelector"/> and with browsers' <c>querySelector</c>. One instance per page: it
/// keeps each element's step, and the sibling positions of each parent it has read.
/// </summary>
internal sealed class CssPaths
{
    /// <summary>The most steps a path names (deeper markup is named from its nearest steps).</summary>
    public const int MaxSteps = 16;

    private const int MaxClasses = 3;

    // Siblings of one tag compared for a step that names one alone; past this many, steps take their position.
    private const int MaxCompared = 64;

    private readonly Dictionary<HtmlElement, string> _steps = new(ReferenceEqualityComparer.Instance);

    /// <summary>The path of <paramref name="element"/>.</summary>
    public string Of(HtmlElement element)
    {
        var steps = new List<string>();
        for (var at = element; at is not null && steps.Count < MaxSteps; at = at.Parent)
        {
            steps.Add(StepOf(at, out var anchored));
            if (anchored)
            {
                break;
            }
        }

        steps.Reverse();
        return string.Join(" > ", steps);
    }

    /// <summary>One step; <paramref name="anchored"/> when it names the element alone (an id, <c>body</c>, <c>html</c>).</summary>
    private string StepOf(HtmlElement element, out bool anchored)
    {
        var id = element.GetAttribute("id");
        anchored = element.Name is "body" or "html" || (id is not null && IsIdentifier(id));
        if (_steps.TryGetValue(element, out var known))
        {
            return known;
        }

        if (element.Parent is { } parent && element.Name is not ("body" or "html"))
        {
            StepsOfChildren(parent);
            return _steps[element];
        }

        var step = Step(element, position: 0);
        _steps[element] = step;
        return step;
    }

    /// <summary>
    /// The steps of every child element of <paramref name="parent"/>: a step takes <c>:nth-of-type(N)</c> only where a
    /// sibling of the same tag has the step's id and classes too (the step without it would name both); among more
    /// than <see cref="MaxCompared"/> siblings of one tag, always.
    /// </summary>
    private void StepsOfChildren(HtmlElement parent)
    {
        var byName = new Dictionary<string, List<HtmlElement>>(StringComparer.Ordinal);
        for (var child = parent.FirstChild; child is not null; child = child.NextSibling)
        {
            if (child is HtmlElement element)
            {
                if (!byName.TryGetValue(element.Name, out var group))
                {
                    byName[element.Name] = group = [];
                }

                group.Add(element);
            }
        }

        foreach (var group in byName.Values)
        {
            var named = group.Select(e => (Element: e, Id: IdOf(e), Classes: ClassesOf(e))).ToList();
            for (var i = 0; i < named.Count; i++)
            {
                var (element, id, classes) = named[i];
                var ambiguous = named.Count > MaxCompared || (named.Count > 1 && id is null && named.Where((_, j) => j != i).Any(other => classes.Take(MaxClasses).All(other.Classes.Contains)));
                _steps[element] = Step(element, id, classes.Take(MaxClasses), ambiguous ? i + 1 : 0);
            }
        }
    }

    private static string Step(HtmlElement element, int position) => Step(element, IdOf(element), ClassesOf(element).Take(MaxClasses), position);

    private static string Step(HtmlElement element, string? id, IEnumerable<string> classes, int position)
    {
        var step = new StringBuilder(IsIdentifier(element.Name) ? element.Name : "*");
        if (id is not null)
        {
            return step.Append('#').Append(id).ToString();
        }

        foreach (var name in classes)
        {
            step.Append('.').Append(name);
        }

        return position > 0 ? step.Append(":nth-of-type(").Append(position).Append(')').ToString() : step.ToString();
    }

    private static string? IdOf(HtmlElement element) => element.GetAttribute("id") is { } id && IsIdentifier(id) ? id : null;

    /// <summary>The element's classes a selector can name without escapes (all of them: the step names the first three).</summary>
    private static List<string> ClassesOf(HtmlElement element)
    {
        var names = new List<string>();
        if (element.GetAttribute("class") is { } classes)
        {
            foreach (var range in classes.AsSpan().SplitAny(HtmlNames.AsciiWhiteSpace))
            {
                var name = classes[range];
                if (IsIdentifier(name) && !names.Contains(name))
                {
                    names.Add(name);
                }
            }
        }

        return names;
    }

    /// <summary>
    /// A CSS identifier needing no escapes: a letter, <c>_</c> or non-ASCII character first (or <c>-</c> and then one of
    /// those), then letters, digits, <c>-</c>, <c>_</c> and non-ASCII characters.
    /// </summary>
    public static bool IsIdentifier(ReadOnlySpan<char> name)
    {
        var start = name is ['-', ..] ? 1 : 0;
        if (name.Length <= start || !(char.IsAsciiLetter(name[start]) || name[start] == '_' || name[start] > 0x7F))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' || c > 0x7F))
            {
                return false;
            }
        }

        return true;
    }
}
