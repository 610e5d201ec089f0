using System.Text;
using NewsExtract.Pipeline;
using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.Robustness;

/// <summary>
/// The stream entry points read to the end of a stream within the size limit, and past it stop exactly one byte after
/// the limit: never more read, never more held.
/// </summary>
public class StreamInputTests
{
    private const string Lead = "新华社北京7月12日电（记者王明）国家统计局今天发布数据显示，上半年国内生产总值同比增长百分之五点五。";

    private static ArticleExtractor WithLimit(long maxBytes) =>
        new(ExtractionOptions.Default with { Limits = ExtractionLimits.Default with { MaxInputBytes = maxBytes } });

    [Test]
    public void A_stream_over_the_limit_is_read_exactly_one_byte_past_it_and_left_there()
    {
        var bytes = Encoding.UTF8.GetBytes($"<html><body><p>{Lead}</p>" + new string(' ', 20_000) + "</body></html>");
        var extractor = WithLimit(1_000);

        foreach (var extract in new Func<Stream, Task<Article>>[] { s => extractor.ExtractHtmlAsync(s), s => extractor.ExtractTextAsync(s), s => extractor.ExtractAsync(s) })
        {
            using var stream = new MemoryStream(bytes);
            Assert.That(async () => await extract(stream), Throws.TypeOf<ExtractionLimitException>());
            Assert.That(stream.Position, Is.EqualTo(1_001));
        }
    }

    [Test]
    public void An_endless_stream_ends_in_the_limit_exception_after_the_limit_and_one_byte()
    {
        var stream = new EndlessStream();

        Assert.That(async () => await WithLimit(3_000_000).ExtractAsync(stream), Throws.TypeOf<ExtractionLimitException>());
        Assert.That(stream.BytesRead, Is.EqualTo(3_000_001));
    }

    [Test]
    public void A_stream_at_the_limit_is_read_to_its_end()
    {
        var bytes = Encoding.UTF8.GetBytes($"<html><body><p>{Lead}</p></body></html>");
        var stream = new EndlessStream(giveUpAfter: bytes.Length);

        var article = WithLimit(bytes.Length).ExtractAsync(stream).GetAwaiter().GetResult();

        Assert.That(stream.BytesRead, Is.EqualTo(bytes.Length));
        Assert.That(article.Diagnostics.Notes, Is.Not.Empty);
    }

    [Test]
    public async Task A_stream_that_tells_its_length_is_read_into_one_buffer_of_that_size()
    {
        using var stream = new MemoryStream(new byte[8 * 1024 * 1024]);
        await StreamReading.ReadAllAsync(new MemoryStream([1]), 10, CancellationToken.None); // warm up

        var before = GC.GetAllocatedBytesForCurrentThread();
        var read = await StreamReading.ReadAllAsync(stream, 64 * 1024 * 1024, CancellationToken.None);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.That(read.Length, Is.EqualTo(8 * 1024 * 1024));
        Assert.That(allocated, Is.LessThan((8 * 1024 * 1024) + (64 * 1024)), "one buffer of the stream's length, not a growing copy");
    }

    [Test]
    public async Task A_stream_of_unknown_length_is_read_into_a_buffer_that_doubles()
    {
        var stream = new EndlessStream(giveUpAfter: 5_000_000);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var read = await StreamReading.ReadAllAsync(stream, 64 * 1024 * 1024, CancellationToken.None);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.That(read.Length, Is.EqualTo(5_000_000));
        // Doubling from 64 KiB to 8 MiB allocates under 16 MiB in all, and at most the last two buffers are alive at once.
        Assert.That(allocated, Is.LessThan(16L * 1024 * 1024));
    }
}
