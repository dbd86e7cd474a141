using MesaBot.Bot.Chat;

namespace MesaBot.Tests.Bot;

public sealed class HtmlTextTests
{
    [Theory]
    [InlineData("<p>Acordamos revisar la <b>norma</b> NCh&nbsp;433</p>", "Acordamos revisar la norma NCh 433")]
    [InlineData("<div>Primera línea<br>segunda línea</div>", "Primera línea\nsegunda línea")]
    [InlineData("<p>uno</p><p>dos</p>", "uno\ndos")]
    [InlineData("<at>Ana Pérez</at> enviará el informe &lt;final&gt; &amp; anexos", "Ana Pérez enviará el informe <final> & anexos")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void ToPlain_TeamsHtml_ReadableText(string? html, string expected)
    {
        Assert.Equal(expected, HtmlText.ToPlain(html));
    }
}
