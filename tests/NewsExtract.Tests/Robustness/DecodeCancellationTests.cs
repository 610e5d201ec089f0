using System.Text;
using NewsExtract.Decoding;
using NewsExtract.Tests.Decoding;

namespace NewsExtract.Tests.Robustness;

/// <summary>
/// The byte entry points honour cancellation while decoding: the token is checked before the bytes are decoded, and then
/// every megabyte, so a cancelled extraction of a large page stops within a megabyte's work (the issue measured a
/// 250–300 ms delay on 1 GB when only the stages after decoding looked at it).
/// </summary>
public class DecodeCancellationTests
{
    private static byte[] LargeUtf8Page(int megabytes)
    {
        var paragraph = Encoding.UTF8.GetBytes("<p>国家统计局新闻发言人表示，上半年就业形势总体稳定，居民消费价格温和上涨，国际收支基本平衡。</p>\n");
        var bytes = new byte[megabytes * 1024 * 1024];
        for (var at = 0; at < bytes.Length; at += paragraph.Length)
        {
            paragraph.AsSpan(0, Math.Min(paragraph.Length, bytes.Length - at)).CopyTo(bytes.AsSpan(at));
        }

        return bytes;
    }

    [Test]
    public void A_cancelled_token_stops_the_byte_entry_point_before_it_decodes()
    {
        var bytes = LargeUtf8Page(32);
        using var source = new CancellationTokenSource();
        source.Cancel();

        var before = GC.GetAllocatedBytesForCurrentThread();
        Assert.That(() => ArticleExtractor.Default.ExtractHtml(bytes, null, source.Token), Throws.InstanceOf<OperationCanceledException>());
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        // Decoding 32 MB would have made a string of tens of megabytes before anything looked at the token.
        Assert.That(allocated, Is.LessThan(1024 * 1024));
    }

    [TestCase(65001)]
    [TestCase(54936)]
    public void Decoding_stops_within_a_megabyte_of_a_cancellation(int codePage)
    {
        var bytes = LargeUtf8Page(8);
        var encoding = TestPages.Strict(codePage);
        using var source = new CancellationTokenSource();
        long decoded = 0;

        Assert.That(
            () => CountingDecoder.Decode(encoding, bytes, source.Token, out _, progress: n =>
            {
                decoded = n;
                if (n >= 2 * CountingDecoder.ChunkBytes)
                {
                    source.Cancel();
                }
            }),
            Throws.InstanceOf<OperationCanceledException>());
        Assert.That(decoded, Is.EqualTo(2 * CountingDecoder.ChunkBytes), "no chunk decoded after the cancellation");
    }

    [TestCase(65001)]
    [TestCase(54936)]
    [TestCase(950)]
    public void Decoding_in_chunks_gives_what_decoding_at_once_gives(int codePage)
    {
        var encoding = TestPages.Strict(codePage);
        var text = string.Concat(Enumerable.Repeat(codePage == 950 ? TestPages.Traditional : TestPages.Simplified, 40_000)) + "\uFFFD";
        var bytes = Encoding.GetEncoding(codePage).GetBytes(text);
        Assume.That(bytes.Length, Is.GreaterThan(3 * CountingDecoder.ChunkBytes), "several chunks, characters cut at their edges");

        var decoded = CountingDecoder.Decode(encoding, bytes, CancellationToken.None, out var replacements);

        Assert.That(decoded, Is.EqualTo(Encoding.GetEncoding(codePage).GetString(bytes)));
        Assert.That(replacements, Is.Zero, "a U+FFFD written in the bytes is no replacement");
    }

    [Test]
    public void Utf8_is_validated_in_chunks_without_cutting_a_character()
    {
        // A three-byte character across each megabyte boundary.
        var bytes = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("a国", 1_500_000)));
        Assume.That(bytes.Length, Is.GreaterThan(4 * 1024 * 1024));

        Assert.That(ByteStats.IsValidUtf8(bytes, CancellationToken.None), Is.True);
        bytes[(3 * 1024 * 1024) + 7] = 0xFF;
        Assert.That(ByteStats.IsValidUtf8(bytes, CancellationToken.None), Is.False);
    }
}
