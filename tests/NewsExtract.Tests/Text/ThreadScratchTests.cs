using NewsExtract.Text;

namespace NewsExtract.Tests.Text;

/// <summary>Per-thread scratch is reused emptied, never shared by nested or concurrent users, and let go when too large.</summary>
public class ThreadScratchTests
{
    private sealed class Bag : IScratch
    {
        public List<int> Items { get; } = [];

        public bool Reset()
        {
            var keep = Items.Count <= 3;
            Items.Clear();
            return keep;
        }
    }

    [Test]
    public void A_thread_gets_its_scratch_back_emptied()
    {
        Bag first;
        using (var lease = ThreadScratch<Bag>.Rent())
        {
            first = lease.Value;
            first.Items.Add(1);
        }

        using var again = ThreadScratch<Bag>.Rent();
        Assert.Multiple(() =>
        {
            Assert.That(again.Value, Is.SameAs(first));
            Assert.That(again.Value.Items, Is.Empty);
        });
    }

    [Test]
    public void A_nested_rent_gets_its_own()
    {
        using var outer = ThreadScratch<Bag>.Rent();
        using var inner = ThreadScratch<Bag>.Rent();
        Assert.That(inner.Value, Is.Not.SameAs(outer.Value));
    }

    [Test]
    public void Scratch_grown_too_large_is_not_kept()
    {
        Bag large;
        using (var lease = ThreadScratch<Bag>.Rent())
        {
            large = lease.Value;
            large.Items.AddRange([1, 2, 3, 4]);
        }

        using var next = ThreadScratch<Bag>.Rent();
        Assert.That(next.Value, Is.Not.SameAs(large));
    }

    [Test]
    public void Threads_do_not_share_scratch()
    {
        // Each thread holds its lease until all have rented: none can be given another's.
        var seen = new Bag[4];
        using var barrier = new Barrier(seen.Length);
        var threads = Enumerable.Range(0, seen.Length).Select(i => new Thread(() =>
        {
            using var lease = ThreadScratch<Bag>.Rent();
            seen[i] = lease.Value;
            barrier.SignalAndWait();
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        Assert.That(seen.Distinct().Count(), Is.EqualTo(seen.Length));
    }
}
