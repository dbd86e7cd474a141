using MesaBot.Records;
using MesaBot.TestData;
using static MesaBot.IntegrationTests.Records.RecordsHarness;

namespace MesaBot.IntegrationTests.Records;

/// <summary>An acuerdo is never deleted: annulling keeps it, with who, when and why, in the record and its history.</summary>
public sealed class AgreementAnnulmentTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task AnnulAsync_ByAuthor_KeepsTheAgreementMarkedAndAuditsTheReason()
    {
        // Arrange
        var h = await StartAsync();
        var mesa = await h.CreateMesaAsync();
        var created = await h.Agreements.CreateAsync(mesa, new NewAgreement("Se aprueba la hoja de ruta", Today), Beto, "m1", None);

        // Act
        var (annulled, requests) = await h.RequestsAsync(() => h.Agreements.AnnulAsync(mesa, created.Number, "  registrado dos veces ", Beto, None));

        // Assert
        Assert.Equal(2, requests);
        var stored = Assert.Single(await h.Agreements.ListAsync(mesa, None));
        Assert.Equal("Se aprueba la hoja de ruta", stored.Text);
        var annulment = Assert.IsType<AgreementAnnulment>(stored.Annulment);
        Assert.Equal(("registrado dos veces", Beto.ObjectId, Beto.Name, h.Time.GetUtcNow()), (annulment.Reason, annulment.By.ObjectId, annulment.By.Name, annulment.At));
        Assert.NotEqual(created.Version, annulled.Version);
        var last = (await h.Audit.HistoryAsync(mesa, created.Ref, None))[^1];
        Assert.Equal((AuditAction.Annulled, "registrado dos veces", Beto.ObjectId), (last.Action, last.NewValue, last.By.ObjectId));
    }

    [Fact]
    public async Task AnnulAsync_Twice_RefusedNamingTheFirstAnnulment()
    {
        // Arrange
        var h = await StartAsync();
        var mesa = await h.CreateMesaAsync();
        await h.Agreements.CreateAsync(mesa, new NewAgreement("Se aprueba la hoja de ruta", Today), Ana, "m1", None);
        await h.Agreements.AnnulAsync(mesa, 1, "error", Ana, None);

        // Act
        var second = await Assert.ThrowsAsync<RecordException>(() => h.Agreements.AnnulAsync(mesa, 1, "otra vez", Ana, None));

        // Assert
        Assert.Equal(RecordErrors.AgreementAlreadyAnnulled, second.Key);
        Assert.Equal("error", Assert.Single(await h.Agreements.ListAsync(mesa, None)).Annulment!.Reason);
    }

    [Fact]
    public async Task AnnulAsync_NoReasonOrSomeoneElse_RefusedAndNothingChanges()
    {
        // Arrange
        var h = await StartAsync();
        var mesa = await h.CreateMesaAsync();
        await h.Agreements.CreateAsync(mesa, new NewAgreement("Se aprueba la hoja de ruta", Today), Beto, "m1", None);

        // Act
        var noReason = await Assert.ThrowsAsync<RecordException>(() => h.Agreements.AnnulAsync(mesa, 1, "   ", Beto, None));
        var stranger = await Assert.ThrowsAsync<RecordException>(() => h.Agreements.AnnulAsync(mesa, 1, "no me gusta", Carla, None));

        // Assert
        Assert.Equal(RecordErrors.AnnulReasonEmpty, noReason.Key);
        Assert.Equal(RecordErrors.AgreementAnnulNotAllowed, stranger.Key);
        Assert.Null(Assert.Single(await h.Agreements.ListAsync(mesa, None)).Annulment);
    }

    [Fact]
    public async Task EditTextAsync_AnnulledAgreement_RefusedInBothLanguagesAndTextKept()
    {
        // Arrange
        var h = await StartAsync();
        var mesa = await h.CreateMesaAsync();
        await h.Agreements.CreateAsync(mesa, new NewAgreement("Se aprueba la hoja de ruta", Today), Ana, "m1", None);
        var annulled = await h.Agreements.AnnulAsync(mesa, 1, "duplicado", Ana, None);

        // Act
        var refused = await Assert.ThrowsAsync<RecordException>(() => h.Agreements.EditTextAsync(mesa, 1, "Otra redacción", Ana, annulled.Version, None));

        // Assert
        Assert.Equal((RecordErrors.AgreementAnnulledNotEditable, RecordErrorKind.Invalid), (refused.Key, refused.Kind));
        Assert.Equal(
            "El acuerdo A-1 está anulado (lo anuló Ana Pérez: «duplicado») y ya no se corrige. Si la mesa acordó algo distinto, registra un acuerdo nuevo.",
            SpanishErrors.Text(refused));
        Assert.Equal(
            "Agreement A-1 is annulled (Ana Pérez annulled it: «duplicado») and can no longer be corrected. If the mesa agreed something else, record a new agreement.",
            MesaBot.Bot.Chat.ErrorText.For(refused, System.Globalization.CultureInfo.GetCultureInfo("en")));
        var stored = Assert.Single(await h.Agreements.ListAsync(mesa, None));
        Assert.Equal(("Se aprueba la hoja de ruta", annulled.Version), (stored.Text, stored.Version));
    }
}
