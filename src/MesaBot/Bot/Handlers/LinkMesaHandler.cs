using MesaBot.Bot.Chat;
using MesaBot.Bot.Resources;
using MesaBot.Protocol.Routing;
using MesaBot.Records;
using MesaBot.Records.Stores;

namespace MesaBot.Bot.Handlers;

/// <summary>
/// `vincular &lt;mesa&gt;`: links this team channel (as a whole) or group chat to a mesa, creating the mesa
/// when it does not exist; its creator becomes its coordinator. A personal chat is never linked.
/// </summary>
public sealed class LinkMesaHandler(ChatContextFactory contexts, MesaStore mesas)
{
    public static readonly string[] Commands = ["vincular", "link"];

    public async Task OnLinkAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var chat = await contexts.CreateAsync(turn, cancellationToken);
        var typed = MentionedPeople.WithoutMentionTags(turn.CommandArguments);
        var reply = await LinkAsync(chat, typed, cancellationToken);
        await turn.SayAsync(reply, cancellationToken);
    }

    private async Task<string> LinkAsync(ChatContext chat, string typed, CancellationToken cancellationToken)
    {
        if (chat.IsPersonal)
        {
            return Strings.Link_NotInPersonal;
        }

        if (typed.Length == 0)
        {
            return Strings.Link_Usage;
        }

        if (chat.Mesa is { } current)
        {
            return string.Format(Strings.Link_AlreadyLinked, current.Name, current.Code);
        }

        var all = await mesas.ListAsync(chat.TenantId, cancellationToken);
        var matches = MesaNames.Match(all, typed);
        if (matches.Count > 1)
        {
            return string.Format(Strings.Link_Ambiguous, typed, string.Join(", ", matches.Select(m => $"**{m.Name}** ({m.Code})")));
        }

        var link = LinkOf(chat);
        try
        {
            if (matches.Count == 1)
            {
                var mesa = matches[0];
                if (mesa.Conversations.Count > 0 && !mesa.IsCoordinator(chat.Author.ObjectId))
                {
                    return string.Format(Strings.Guard_CoordinatorsOnly, mesa.Name, string.Join(", ", mesa.Coordinators.Select(c => c.Name)));
                }

                mesa = await mesas.LinkConversationAsync(mesa, link, chat.Author, cancellationToken);
                return string.Format(Strings.Link_Linked, mesa.Name, mesa.Code, string.Join(", ", mesa.Coordinators.Select(c => c.Name)));
            }

            var created = await CreateAsync(chat, typed, all, cancellationToken);
            created = await mesas.LinkConversationAsync(created, link, chat.Author, cancellationToken);
            return string.Format(Strings.Link_Created, created.Name, created.Code, chat.Author.Name);
        }
        catch (RecordException ex) when (ex.Kind == RecordErrorKind.Invalid)
        {
            return ErrorText.For(ex);
        }
    }

    private Task<Mesa> CreateAsync(ChatContext chat, string typed, IReadOnlyList<Mesa> existing, CancellationToken cancellationToken)
    {
        var committee = MesaNames.IsCommittee(typed);
        // "vincular comité" alone means the steering committee of the memo.
        var name = committee && MesaNames.Slug(typed) is "comite" ? Strings.Link_DefaultCommitteeName : Capitalize(typed.Trim());
        var usedCodes = existing.Select(m => m.Code).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var code = committee && MesaNames.Slug(typed) is "comite" && !usedCodes.Contains("CIS")
            ? "CIS"
            : MesaNames.CodeCandidates(name).First(c => !usedCodes.Contains(c));
        var id = MesaNames.Slug(name);
        var request = new NewMesa(id.Length > 0 ? id : code.ToLowerInvariant(), name, committee ? MesaKind.Comite : MesaKind.Mesa, code, [chat.Author]);
        return mesas.CreateAsync(chat.TenantId, request, chat.Author, cancellationToken);
    }

    private static ConversationLink LinkOf(ChatContext chat)
    {
        var channelId = chat.Turn.Activity.GetTeamsChannelData()?.Channel?.Id;
        return chat.ConversationType == "channel"
            ? new ConversationLink(ConversationLink.KeyOf(channelId ?? chat.ConversationId), ConversationKind.Channel)
            : new ConversationLink(ConversationLink.KeyOf(chat.ConversationId), ConversationKind.GroupChat);
    }

    private static string Capitalize(string name) => name.Length == 0 ? name : char.ToUpperInvariant(name[0]) + name[1..];
}
