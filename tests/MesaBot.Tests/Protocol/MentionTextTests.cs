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

    // Found by the hostile-input run: a mention whose fields are not strings made a 500 before the turn began.
    [Theory]
    [InlineData("""{ "type": "mention", "mentioned": { "id": 42, "name": "X" }, "text": "<at>X</at>" }""")]
    [InlineData("""{ "type": "mention", "mentioned": { "id": { "a": 1 } }, "text": { "a": 1 } }""")]
    [InlineData("""{ "type": 7, "mentioned": "28:bot" }""")]
    [InlineData("""[1, 2]""")]
    public void RemoveRecipientMention_FieldsOfWrongType_IgnoredNotThrown(string entity)
    {
        var activity = ActivitySerializationTests.Load("channel-message-with-mention.json");
        activity.Text = "pendientes";
        activity.Entities = [System.Text.Json.JsonDocument.Parse(entity).RootElement];

        Assert.Equal("pendientes", MentionText.RemoveRecipientMention(activity));
        Assert.Empty(MesaBot.Bot.Chat.MentionedPeople.Of(activity));
    }
}
