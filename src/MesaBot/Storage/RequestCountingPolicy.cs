using Azure.Core;
using Azure.Core.Pipeline;

namespace MesaBot.Storage;

/// <summary>
/// Counts every HTTP request the Azure SDK clients send to storage, retries included. Tests and
/// benchmarks read it to hold each operation to its documented number of round trips.
/// </summary>
public sealed class RequestCountingPolicy : HttpPipelineSynchronousPolicy
{
    private long _count;

    public long Count => Interlocked.Read(ref _count);

    public override void OnSendingRequest(HttpMessage message) => Interlocked.Increment(ref _count);
}
