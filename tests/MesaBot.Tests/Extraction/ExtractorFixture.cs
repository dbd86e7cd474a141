using MesaBot.Extraction;
using MesaBot.Records;

namespace MesaBot.Tests.Extraction;

/// <summary>A mesa's roster and the tenant's partners as the unit tests read prose against them; the meeting is on Tuesday 1 December 2026.</summary>
internal static class ExtractorFixture
{
    public static readonly DateOnly Tuesday = new(2026, 12, 1);

    public static readonly Person Ana = new("aad-ana", "Ana Pérez");
    public static readonly Person Luis = new("aad-luis", "Luis Soto");
    public static readonly Person Francisca = new("aad-francisca", "Francisca Rojas");
    public static readonly Person Jorge = new("aad-jorge", "Jorge Contreras Muñoz");
    public static readonly Person MariaJose = new("aad-mj", "María José Ibáñez");

    public static readonly IReadOnlyList<Person> Roster = [Ana, Luis, Francisca, Jorge, MariaJose];

    public static readonly PartnerDirectory Partners = new(
    [
        new Partner("Cámara Chilena de la Construcción", ["CChC", "Cámara de la Construcción"]),
        new Partner("Instituto de la Construcción", ["IC"]),
        new Partner("BIM Fórum Chile", ["BIM Forum", "BIM Fórum"]),
        new Partner("Corfo", ["Corporación de Fomento de la Producción"]),
        new Partner("Pontificia Universidad Católica de Chile", ["PUC", "UC", "Universidad Católica"]),
    ], []);

    public static IReadOnlyList<ProposedRecord> Extract(string text, Person? speaker = null, IReadOnlyList<Person>? roster = null) =>
        new CueRecordExtractor().Extract(ExtractionInput.OfText(text, Tuesday, roster ?? Roster, Partners, speaker));

    public static ProposedRecord Single(string text, Person? speaker = null, IReadOnlyList<Person>? roster = null) =>
        Assert.Single(Extract(text, speaker, roster));
}
