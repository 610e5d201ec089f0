using NewsExtract.Blocks;

namespace NewsExtract.Fields;

/// <summary>
/// Where attributions sit around the article text: the header (headline to lead), the lead, the last paragraph and the
/// trailer — the short lines right after the last paragraph (<c>来源：X</c>, <c>Theo TTXVN</c>, a name line), which
/// ends at the first related list.
/// </summary>
internal readonly record struct ArticleZones(int HeaderFirst, int HeaderLast, int Lead, int LastBody, int TrailerLast)
{
    /// <summary>How many blocks after the last paragraph can still be the article's own trailer.</summary>
    public const int TrailerLength = 6;

    public static ArticleZones Of(IReadOnlyList<Block> blocks, int headerFirst, int headerLast)
    {
        var lead = -1;
        var last = -1;
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i].Role == BlockRole.Body)
            {
                lead = lead < 0 ? i : lead;
                last = i;
            }
        }

        var trailerLast = last;
        for (var i = last + 1; last >= 0 && i < blocks.Count && i <= last + TrailerLength; i++)
        {
            if (blocks[i].Role is BlockRole.RelatedHeading or BlockRole.Related)
            {
                break;
            }

            trailerLast = i;
        }

        return new ArticleZones(headerFirst, headerLast, lead, last, trailerLast);
    }

    public bool InHeader(int index) => index >= HeaderFirst && index <= HeaderLast;

    public bool InTrailer(int index) => LastBody >= 0 && index > LastBody && index <= TrailerLast;

    /// <summary>The last paragraph or the one before it: where an inline signature (（记者 X）) or end attribution sits.</summary>
    public bool IsClosing(IReadOnlyList<Block> blocks, int index)
    {
        if (index == LastBody)
        {
            return true;
        }

        for (var i = index + 1; i < blocks.Count && i <= LastBody; i++)
        {
            if (blocks[i].Role == BlockRole.Body)
            {
                return i == LastBody && index != Lead;
            }
        }

        return false;
    }
}
