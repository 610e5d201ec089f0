using NewsExtract.Cli;

namespace NewsExtract.Tests.Cli;

/// <summary>The batch runner hands results back in input order whatever order they finish in, and never loses a failure.</summary>
public class OrderedParallelTests
{
    [Test]
    public void Results_come_back_in_input_order_when_later_items_finish_first()
    {
        var items = Enumerable.Range(0, 200).ToList();

        // Early items are the slow ones, so the workers finish out of order.
        var results = OrderedParallel.Run(items, 4, i =>
        {
            Thread.SpinWait((200 - i) * 200);
            return i * 2;
        }).ToList();

        Assert.That(results, Is.EqualTo(items.Select(i => i * 2)));
    }

    [Test]
    public void More_workers_than_items_and_no_items_are_fine()
    {
        Assert.That(OrderedParallel.Run([1, 2], 8, i => i + 1).ToList(), Is.EqualTo(new[] { 2, 3 }));
        Assert.That(OrderedParallel.Run(Array.Empty<int>(), 2, i => i).ToList(), Is.Empty);
    }

    [Test]
    public void A_failing_item_surfaces_as_an_exception()
    {
        var items = Enumerable.Range(0, 50).ToList();

        Assert.That(
            () => OrderedParallel.Run(items, 3, i => i == 17 ? throw new InvalidOperationException("page 17") : i).ToList(),
            Throws.TypeOf<AggregateException>().With.InnerException.Message.EqualTo("page 17"));
    }

    [Test]
    public void Workers_run_at_most_a_window_ahead_of_the_reader()
    {
        var started = 0;
        using var results = OrderedParallel.Run(Enumerable.Range(0, 1000).ToList(), 2, i =>
        {
            Interlocked.Increment(ref started);
            return i;
        }).GetEnumerator();

        Assert.That(results.MoveNext(), Is.True);
        Thread.Sleep(200);

        // Two workers, a window of 16 each: however long the reader dawdles, no more than that run ahead.
        Assert.That(Volatile.Read(ref started), Is.LessThanOrEqualTo(2 * 16 + 1));
    }
}
