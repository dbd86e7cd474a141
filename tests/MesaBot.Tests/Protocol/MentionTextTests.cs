using MesaBot.Protocol;

namespace MesaBot.Tests.Protocol;

public sealed class MentionTextTests
{
    [Fact]
    public void RemoveRecipientMention_ChannelMessage_LeavesCommand()
    {
        var activity = ActivitySerializationTests.Load("channel-message-with-mention.json");

        var text = MentionText.RemoveRecipientMention(activity);

        Assert.Equal("acuerdo Revisar la norma NCh 433 con el Instituto de la Construcción", text);
    }

    [Fact]
    public void RemoveRecipientMention_OtherPersonMentioned_KeepsTheirMention()
    {
        var activity = ActivitySerializationTests.Load("channel-message-with-mention.json");
        activity.Text = "<at>MesaBot</at> tarea revisar bases <at>Luis Soto</at> para el viernes";
        activity.Entities!.Add(System.Text.Json.JsonDocument.Parse(
            """{ "type": "mention", "mentioned": { "id": "29:luis", "name": "Luis Soto" }, "text": "<at>Luis Soto</at>" }""").RootElement);

        var text = MentionText.RemoveRecipientMention(activity);

        Assert.Equal("tarea revisar bases <at>Luis Soto</at> para el viernes", text);
    }

    [Fact]
    public void RemoveRecipientMention_NbspPaddingAndLineBreaks_FoldsSpacesKeepsLines()
    {
        var activity = ActivitySerializationTests.Load("channel-message-with-mention.json");
        activity.Text = "<at>MesaBot</at>&nbsp; acuerdo  primera línea\nsegunda\u00a0 línea ";

        var text = MentionText.RemoveRecipientMention(activity);

        Assert.Equal("acuerdo primera línea\nsegunda línea", text);
    }

    [Fact]
    public void RemoveRecipientMention_PersonalChatWithoutEntities_TrimsText()
    {
        var activity = ActivitySerializationTests.Load("personal-message.json");
        activity.Text = "  mis pendientes ";

        Assert.Equal("mis pendientes", MentionText.RemoveRecipientMention(activity));
    }
}
