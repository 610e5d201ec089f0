using NewsExtract.Blocks;
using NewsExtract.Classification;
using NewsExtract.Html;

namespace NewsExtract.Profiles;

/// <summary>Applies the site profiles that match a page: drops what they name as boilerplate, pins the article where they say.</summary>
internal static class SiteProfiles
{
    /// <summary>Removes the elements the matching profiles drop, before blocks are read. The document is our own parse.</summary>
    public static void Drop(HtmlDocument document, IReadOnlyList<SiteProfile> profiles)
    {
        foreach (var profile in profiles)
        {
            foreach (var selector in profile.Drop)
            {
                foreach (var element in Select(document, selector))
                {
                    element.Remove();
                }
            }
        }
    }

    /// <summary>The blocks inside the first element a matching profile's content selectors find, or null.</summary>
    public static ContentRange? Content(HtmlDocument document, IReadOnlyList<SiteProfile> profiles, IReadOnlyList<Block> blocks)
    {
        foreach (var profile in profiles)
        {
            foreach (var selector in profile.Content)
            {
                if (Select(document, selector).FirstOrDefault() is not { } container)
                {
                    continue;
                }

                int first = -1, last = -1;
                foreach (var block in blocks)
                {
                    if (block.Element is { } element && (ReferenceEquals(element, container) || container.Contains(element)))
                    {
                        first = first < 0 ? block.Index : first;
                        last = block.Index;
                    }
                }

                if (first >= 0)
                {
                    return new ContentRange(first, last, Score: 0, Margin: 1, IsPinned: true);
                }
            }
        }

        return null;
    }

    public static IReadOnlyList<SiteProfile> For(IReadOnlyList<SiteProfile> profiles, Uri? url) =>
        profiles.Count == 0 || url is null ? [] : [.. profiles.Where(p => p.Matches(url))];

    // Materialised: dropping elements while the selector walks the tree would skip their siblings.
    private static IEnumerable<HtmlElement> Select(HtmlDocument document, HtmlSelector selector) =>
        [.. selector.Select(document.DocumentElement)];
}
