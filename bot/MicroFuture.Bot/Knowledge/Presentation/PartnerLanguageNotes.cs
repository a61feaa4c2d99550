namespace MicroFuture.Bot.Knowledge.Presentation;

/// <summary>
/// The one line a partner reads in their own language before an answer quoted from the (English) knowledge, or
/// before a plain "not covered": the passages themselves are quoted as written, never machine-translated.
/// </summary>
public static class PartnerLanguageNotes
{
    private static readonly Dictionary<string, (string Answered, string NotCovered)> Notes = new(StringComparer.Ordinal)
    {
        ["fr"] = ("La base de connaissances du projet est en anglais ; voici les passages qui répondent à votre question.",
            "La base de connaissances du projet ne couvre pas cette question : je préfère ne pas deviner."),
        ["it"] = ("La base di conoscenza del progetto è in inglese; ecco i passaggi che rispondono alla sua domanda.",
            "La base di conoscenza del progetto non copre questa domanda: preferisco non tirare a indovinare."),
        ["ro"] = ("Baza de cunoștințe a proiectului este în limba engleză; iată pasajele care răspund la întrebarea dumneavoastră.",
            "Baza de cunoștințe a proiectului nu acoperă această întrebare, așa că nu voi ghici."),
        ["sv"] = ("Projektets kunskapsbas är på engelska; här är de avsnitt som besvarar din fråga.",
            "Projektets kunskapsbas täcker inte den här frågan, så jag gissar inte."),
        ["sl"] = ("Baza znanja projekta je v angleščini; tukaj so odlomki, ki odgovarjajo na vaše vprašanje.",
            "Baza znanja projekta tega vprašanja ne pokriva, zato ne bom ugibal."),
    };

    /// <summary>The note for an answer quoted from the knowledge, or null for English or a language without notes.</summary>
    public static string? Answered(string? language) => language is not null && Notes.TryGetValue(language, out var note) ? note.Answered : null;

    /// <summary>The note for a question the knowledge does not cover, or null for English or a language without notes.</summary>
    public static string? NotCovered(string? language) => language is not null && Notes.TryGetValue(language, out var note) ? note.NotCovered : null;
}
