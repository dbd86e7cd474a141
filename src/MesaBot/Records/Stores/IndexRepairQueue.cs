using System.Threading.Channels;

namespace MesaBot.Records.Stores;

/// <summary>
/// Mesas whose index rows did not follow a committed record (storage refused the index write), waiting
/// for <see cref="IndexRepairWorker"/>. A mesa waits once however many of its writes failed.
/// </summary>
public sealed class IndexRepairQueue
{
    private readonly Channel<Mesa> _mesas = Channel.CreateUnbounded<Mesa>();
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Mesa> _waiting = new(StringComparer.Ordinal);
    private TaskCompletionSource? _idle;

    public void Enqueue(Mesa mesa)
    {
        lock (_gate)
        {
            if (!_waiting.TryAdd(RecordKeys.MesaPartition(mesa), mesa))
            {
                return;
            }

            _idle ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        _mesas.Writer.TryWrite(mesa);
    }

    /// <summary>Completes when no mesa waits for its repair (tests await it instead of sleeping).</summary>
    public Task WhenIdleAsync()
    {
        lock (_gate)
        {
            return _idle?.Task ?? Task.CompletedTask;
        }
    }

    internal IAsyncEnumerable<Mesa> ReadAllAsync(CancellationToken cancellationToken) => _mesas.Reader.ReadAllAsync(cancellationToken);

    internal void Repaired(Mesa mesa)
    {
        lock (_gate)
        {
            _waiting.Remove(RecordKeys.MesaPartition(mesa));
            if (_waiting.Count == 0)
            {
                _idle?.TrySetResult();
                _idle = null;
            }
        }
    }
}
