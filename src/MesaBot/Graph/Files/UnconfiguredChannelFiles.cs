namespace MesaBot.Graph;

/// <summary>Graph switched off (Development, tests): no channel folder; documents are served behind a signed link instead.</summary>
internal sealed class UnconfiguredChannelFiles : IChannelFiles
{
    public Task<ChannelFileResult> UploadAsync(string teamId, string channelId, string fileName, byte[] content, CancellationToken cancellationToken) =>
        Task.FromResult(ChannelFileResult.NotConfigured);
}
