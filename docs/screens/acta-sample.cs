// Builds the sample acta of the tests (tests/Shared/ActaSamples.cs) into a .docx, for docs/screens/render-acta.sh.
// Run from the repository root: dotnet run docs/screens/acta-sample.cs -- out.docx
#:project ../../tests/MesaBot.Tests/MesaBot.Tests.csproj

using MesaBot.Documents.Acta;
using MesaBot.TestData;

var file = new ActaDocumentBuilder().Build(ActaSamples.Full());
File.WriteAllBytes(args.Length > 0 ? args[0] : file.FileName, file.Content);
Console.WriteLine($"{file.FileName}: {file.Content.Length} bytes, sha256 {file.Sha256}");
