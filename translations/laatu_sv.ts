<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv">
<context>
    <name>BandCoverage</name>
    <message>
        <source>there are no bands</source>
        <translation>det finns inga intervall</translation>
    </message>
    <message>
        <source>the band for rating %1 is empty (from %2 to %3)</source>
        <translation>intervallet för poäng %1 är tomt (från %2 till %3)</translation>
    </message>
    <message>
        <source>values below %1 fall into no band</source>
        <translation>värden under %1 hör inte till något intervall</translation>
    </message>
    <message>
        <source>values above %1 fall into no band</source>
        <translation>värden över %1 hör inte till något intervall</translation>
    </message>
    <message>
        <source>the bands for ratings %1 and %2 overlap</source>
        <translation>intervallen för poäng %1 och %2 överlappar varandra</translation>
    </message>
    <message>
        <source>the bands for ratings %1 and %2 leave a gap between %3 and %4</source>
        <translation>intervallen för poäng %1 och %2 lämnar en lucka mellan %3 och %4</translation>
    </message>
    <message>
        <source>the bands for ratings %1 and %2 overlap between %3 and %4</source>
        <translation>intervallen för poäng %1 och %2 överlappar varandra mellan %3 och %4</translation>
    </message>
    <message>
        <source>the bands for ratings %1 and %2 both include %3</source>
        <translation>intervallen för poäng %1 och %2 innehåller båda %3</translation>
    </message>
    <message>
        <source>the value %3 falls between the bands for ratings %1 and %2</source>
        <translation>värdet %3 faller mellan intervallen för poäng %1 och %2</translation>
    </message>
</context>
<context>
    <name>CatalogCommand</name>
    <message>
        <source>Print a criteria catalog, or check a catalog file.</source>
        <translation>Skriv ut en kriteriekatalog eller kontrollera en katalogfil.</translation>
    </message>
    <message>
        <source>Prints the built-in criteria catalog, or the one in --file, in one language. With --check it only validates the file and lists every problem found.</source>
        <translation>Skriver ut den inbyggda kriteriekatalogen, eller katalogen i --file, på ett språk. Med --check kontrolleras bara filen och alla problem som hittas listas.</translation>
    </message>
    <message>
        <source>Language of the texts: fi, sv or en.</source>
        <translation>Texternas språk: fi, sv eller en.</translation>
    </message>
    <message>
        <source>Read the catalog from &lt;path&gt;.</source>
        <translation>Läs katalogen från &lt;path&gt;.</translation>
    </message>
    <message>
        <source>Only validate the catalog.</source>
        <translation>Kontrollera bara katalogen.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>oväntat argument "%1"</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot;; use fi, sv or en</source>
        <translation>okänt språk "%1"; använd fi, sv eller en</translation>
    </message>
    <message numerus="yes">
        <source>laatu-cli catalog: %1 is not a valid catalog (%n problem(s)):</source>
        <translation>
            <numerusform>laatu-cli catalog: %1 är inte en giltig katalog (%n problem):</numerusform>
            <numerusform>laatu-cli catalog: %1 är inte en giltig katalog (%n problem):</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: valid catalog %2 version %3, %4 criteria in %5 sections, languages %6</source>
        <translation>%1: giltig katalog %2 version %3, %4 kriterier i %5 avsnitt, språk %6</translation>
    </message>
    <message>
        <source>the catalog has no texts in &quot;%1&quot; (it has %2)</source>
        <translation>katalogen har inga texter på "%1" (den har %2)</translation>
    </message>
    <message>
        <source>Suggested from: %1</source>
        <translation>Förslaget bygger på: %1</translation>
    </message>
    <message>
        <source>Suggested from the elements present:</source>
        <translation>Förslaget bygger på de element som förverkligas:</translation>
    </message>
</context>
<context>
    <name>CatalogParser</name>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation>ogiltig JSON vid byte %1: %2</translation>
    </message>
    <message>
        <source>the catalog must be a JSON object</source>
        <translation>katalogen måste vara ett JSON-objekt</translation>
    </message>
    <message>
        <source>not a Laatu criteria catalog (&quot;format&quot; must be &quot;%1&quot;)</source>
        <translation>inte en kriteriekatalog för Laatu ("format" måste vara "%1")</translation>
    </message>
    <message>
        <source>catalog format version %1 is newer than this Laatu reads (%2); update Laatu</source>
        <translation>katalogens formatversion %1 är nyare än den här versionen av Laatu kan läsa (%2); uppdatera Laatu</translation>
    </message>
    <message>
        <source>&quot;formatVersion&quot; must be %1</source>
        <translation>"formatVersion" måste vara %1</translation>
    </message>
    <message>
        <source>the catalog has no sections</source>
        <translation>katalogen har inga avsnitt</translation>
    </message>
    <message>
        <source>section %1</source>
        <translation>avsnitt %1</translation>
    </message>
    <message>
        <source>duplicate section id</source>
        <translation>avsnittets id förekommer flera gånger</translation>
    </message>
    <message>
        <source>the section has no criteria</source>
        <translation>avsnittet har inga kriterier</translation>
    </message>
    <message>
        <source>%1, criterion %2</source>
        <translation>%1, kriterium %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a two-letter language code</source>
        <translation>"%1" är inte en språkkod med två bokstäver</translation>
    </message>
    <message>
        <source>the catalog must name at least one language</source>
        <translation>katalogen måste ange minst ett språk</translation>
    </message>
    <message>
        <source>the catalog id &quot;%1&quot; may hold only a-z, 0-9 and single hyphens</source>
        <translation>katalogens id "%1" får bara innehålla a-z, 0-9 och enkla bindestreck</translation>
    </message>
    <message>
        <source>ratingScale</source>
        <translation>ratingScale</translation>
    </message>
    <message>
        <source>the scale must run upwards within 0-100</source>
        <translation>skalan måste vara stigande inom 0-100</translation>
    </message>
    <message>
        <source>evidence source %1</source>
        <translation>underlagskälla %1</translation>
    </message>
    <message>
        <source>duplicate evidence source &quot;%1&quot;</source>
        <translation>underlagskällan "%1" förekommer flera gånger</translation>
    </message>
    <message>
        <source>the catalog defines no levels</source>
        <translation>katalogen definierar inga nivåer</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation>nivå %1</translation>
    </message>
    <message>
        <source>&quot;incomplete&quot; is reserved for reviews with unrated criteria</source>
        <translation>"incomplete" är reserverat för granskningar med kriterier som inte har bedömts</translation>
    </message>
    <message>
        <source>duplicate level key &quot;%1&quot;</source>
        <translation>nivånyckeln "%1" förekommer flera gånger</translation>
    </message>
    <message>
        <source>two levels start at the same total %1</source>
        <translation>två nivåer börjar vid samma totalpoäng %1</translation>
    </message>
    <message>
        <source>totals from %1 to %2 fall into no level; the lowest level must start at %1 or below</source>
        <translation>totalpoäng från %1 till %2 hör inte till någon nivå; den lägsta nivån måste börja vid %1 eller lägre</translation>
    </message>
    <message>
        <source>criterion %1</source>
        <translation>kriterium %1</translation>
    </message>
    <message>
        <source>the id may hold only a-z, 0-9 and single hyphens</source>
        <translation>id:t får bara innehålla a-z, 0-9 och enkla bindestreck</translation>
    </message>
    <message>
        <source>duplicate criterion id</source>
        <translation>kriteriets id förekommer flera gånger</translation>
    </message>
    <message>
        <source>%1, anchor %2</source>
        <translation>%1, ankarbeskrivning %2</translation>
    </message>
    <message>
        <source>%1, anchor for rating %2</source>
        <translation>%1, ankarbeskrivning för poäng %2</translation>
    </message>
    <message>
        <source>rating outside the scale %1-%2</source>
        <translation>poäng utanför skalan %1-%2</translation>
    </message>
    <message>
        <source>a second anchor for the same rating</source>
        <translation>en andra ankarbeskrivning för samma poäng</translation>
    </message>
    <message>
        <source>the anchor for rating %1 is missing</source>
        <translation>ankarbeskrivningen för poäng %1 saknas</translation>
    </message>
    <message>
        <source>unknown evidence source &quot;%1&quot;</source>
        <translation>okänd underlagskälla "%1"</translation>
    </message>
    <message>
        <source>%1, suggestion</source>
        <translation>%1, förslag</translation>
    </message>
    <message>
        <source>the catalog declares %1 criteria but holds %2</source>
        <translation>katalogen anger %1 kriterier men innehåller %2</translation>
    </message>
    <message>
        <source>number %1 is used twice</source>
        <translation>nummer %1 används två gånger</translation>
    </message>
    <message>
        <source>criterion number %1 is missing</source>
        <translation>kriterium nummer %1 saknas</translation>
    </message>
    <message>
        <source>criteria must be listed in the order of their numbers</source>
        <translation>kriterierna måste listas i nummerordning</translation>
    </message>
</context>
<context>
    <name>CatalogReader</name>
    <message>
        <source>The catalog file %1 does not exist.</source>
        <translation>Katalogfilen %1 finns inte.</translation>
    </message>
    <message>
        <source>The catalog file %1 is too large (%2 bytes; at most %3 bytes).</source>
        <translation>Katalogfilen %1 är för stor (%2 byte; högst %3 byte).</translation>
    </message>
    <message>
        <source>The catalog file %1 cannot be read: %2.</source>
        <translation>Katalogfilen %1 kan inte läsas: %2.</translation>
    </message>
</context>
<context>
    <name>CommandParser</name>
    <message>
        <source>laatu-cli %1: %2</source>
        <translation>laatu-cli %1: %2</translation>
    </message>
    <message>
        <source>Try &apos;laatu-cli %1 --help&apos;.</source>
        <translation>Prova 'laatu-cli %1 --help'.</translation>
    </message>
</context>
<context>
    <name>CriterionHtml</name>
    <message>
        <source>Suggested from:</source>
        <translation>Förslaget bygger på:</translation>
    </message>
    <message>
        <source>Computed from: %1</source>
        <translation>Beräknas utifrån: %1</translation>
    </message>
    <message numerus="yes">
        <source>Suggested from the elements present (%n element(s)):</source>
        <translation>
            <numerusform>Förslaget bygger på de element som förverkligas (%n element):</numerusform>
            <numerusform>Förslaget bygger på de element som förverkligas (%n element):</numerusform>
        </translation>
    </message>
    <message>
        <source>Rated against the anchors; no suggestion from numbers.</source>
        <translation>Bedöms mot ankarbeskrivningarna; inget förslag utifrån siffror.</translation>
    </message>
    <message>
        <source>Evidence to collect</source>
        <translation>Underlag som ska samlas in</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Källor:</translation>
    </message>
    <message>
        <source>Anchors</source>
        <translation>Ankarbeskrivningar</translation>
    </message>
    <message>
        <source>Suggested rating</source>
        <translation>Föreslagen poäng</translation>
    </message>
    <message numerus="yes">
        <source>%n criteria</source>
        <translation>
            <numerusform>%n kriterium</numerusform>
            <numerusform>%n kriterier</numerusform>
        </translation>
    </message>
    <message>
        <source>Catalog %1, version %2</source>
        <translation>Katalog %1, version %2</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Avsnitt</translation>
    </message>
    <message>
        <source>Fidelity levels</source>
        <translation>Nivåer av metodtrohet</translation>
    </message>
    <message>
        <source>Choose a criterion on the left to see its definition and anchors.</source>
        <translation>Välj ett kriterium till vänster för att se dess definition och ankarbeskrivningar.</translation>
    </message>
</context>
<context>
    <name>JsonChecker</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing</source>
        <translation>"%1" saknas</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a non-empty text</source>
        <translation>"%1" måste vara en text som inte är tom</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number</source>
        <translation>"%1" måste vara ett heltal</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>måste vara ett tal</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>must be an object with a text per language</source>
        <translation>måste vara ett objekt med en text per språk</translation>
    </message>
    <message>
        <source>the %1 text must be a string</source>
        <translation>texten för %1 måste vara en sträng</translation>
    </message>
    <message>
        <source>text missing in language &quot;%1&quot;</source>
        <translation>text saknas på språket "%1"</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list</source>
        <translation>"%1" måste vara en lista</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>måste vara ett objekt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>"%1" måste vara true eller false</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Laatu</source>
        <translation>Laatu</translation>
    </message>
    <message>
        <source>Criteria catalog</source>
        <translation>Kriteriekatalog</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Kriterier</translation>
    </message>
    <message>
        <source>Criterion details</source>
        <translation>Kriteriets detaljer</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Inställningar</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;Open Catalog File…</source>
        <translation>&amp;Öppna katalogfil…</translation>
    </message>
    <message>
        <source>Use the &amp;Built-in Catalog</source>
        <translation>Använd den &amp;inbyggda katalogen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;About Laatu</source>
        <translation>&amp;Om Laatu</translation>
    </message>
</context>
<context>
    <name>RatingList</name>
    <message>
        <source>expected %1 ratings separated by commas (one per criterion in catalog order, - for not rated), got %2</source>
        <translation>väntade %1 poäng åtskilda med kommatecken (en per kriterium i katalogens ordning, - för inte bedömt), fick %2</translation>
    </message>
    <message>
        <source>rating %1 (%2) is &quot;%3&quot;; use a whole number %4-%5 or - for not rated</source>
        <translation>poäng %1 (%2) är "%3"; använd ett heltal %4-%5 eller - för inte bedömt</translation>
    </message>
</context>
<context>
    <name>RuleParser</name>
    <message>
        <source>unknown suggestion kind &quot;%1&quot; (expected descriptive, bands or elements)</source>
        <translation>okänd förslagstyp "%1" (väntade descriptive, bands eller elements)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must say true or false when &quot;%2&quot; is given</source>
        <translation>"%1" måste vara true eller false när "%2" anges</translation>
    </message>
    <message>
        <source>unknown computation &quot;%1&quot; (expected ratio or percent)</source>
        <translation>okänd beräkning "%1" (väntade ratio eller percent)</translation>
    </message>
    <message>
        <source>a numeric rule needs exactly two inputs (numerator and denominator), found %1</source>
        <translation>en numerisk regel behöver exakt två indata (täljare och nämnare), hittade %1</translation>
    </message>
    <message>
        <source>%1, input %2</source>
        <translation>%1, indata %2</translation>
    </message>
    <message>
        <source>%1, minimum</source>
        <translation>%1, minimum</translation>
    </message>
    <message>
        <source>%1, maximum</source>
        <translation>%1, maximum</translation>
    </message>
    <message>
        <source>%1, band %2</source>
        <translation>%1, intervall %2</translation>
    </message>
    <message>
        <source>rating %1 is outside the scale %2-%3</source>
        <translation>poäng %1 ligger utanför skalan %2-%3</translation>
    </message>
    <message>
        <source>a counted rule needs at least one element</source>
        <translation>en räknad regel behöver minst ett element</translation>
    </message>
    <message>
        <source>%1, element %2</source>
        <translation>%1, element %2</translation>
    </message>
    <message>
        <source>duplicate element key &quot;%1&quot;</source>
        <translation>elementnyckeln "%1" förekommer flera gånger</translation>
    </message>
    <message>
        <source>&quot;ratingByCount&quot; needs one rating for each count from 0 to %1 (%2 values), found %3</source>
        <translation>"ratingByCount" behöver en poäng för varje antal från 0 till %1 (%2 värden), hittade %3</translation>
    </message>
    <message>
        <source>&quot;ratingByCount&quot; for %1 elements must be a whole rating %2-%3</source>
        <translation>"ratingByCount" för %1 element måste vara en hel poäng %2-%3</translation>
    </message>
    <message>
        <source>&quot;ratingByCount&quot; must not fall as more elements are present (%1 elements give %2)</source>
        <translation>"ratingByCount" får inte sjunka när fler element förverkligas (%1 element ger %2)</translation>
    </message>
</context>
<context>
    <name>ScoreCommand</name>
    <message>
        <source>Score ratings: total, mean, level and section subtotals.</source>
        <translation>Räkna ut poäng: totalpoäng, medelvärde, nivå och delsummor per avsnitt.</translation>
    </message>
    <message>
        <source>Scores one set of ratings given in catalog order. With two or more --rater lists it also reports how far the reviewers agree.</source>
        <translation>Räknar ut en uppsättning poäng som anges i katalogens ordning. Med två eller fler --rater-listor rapporteras också hur väl bedömarna är eniga.</translation>
    </message>
    <message>
        <source>The consensus ratings: one value per criterion in catalog order, separated by commas; 1-5 or - for not rated.</source>
        <translation>De gemensamma poängen: ett värde per kriterium i katalogens ordning, åtskilda med kommatecken; 1-5 eller - för inte bedömt.</translation>
    </message>
    <message>
        <source>One reviewer&apos;s own ratings in the same form; give it once per reviewer.</source>
        <translation>En bedömares egna poäng i samma form; ange en gång per bedömare.</translation>
    </message>
    <message>
        <source>Print the score card as JSON.</source>
        <translation>Skriv ut poängsammanställningen som JSON.</translation>
    </message>
    <message>
        <source>--ratings is required</source>
        <translation>--ratings krävs</translation>
    </message>
    <message>
        <source>--ratings: %1</source>
        <translation>--ratings: %1</translation>
    </message>
    <message>
        <source>reviewer %1</source>
        <translation>bedömare %1</translation>
    </message>
    <message>
        <source>--rater %1: %2</source>
        <translation>--rater %1: %2</translation>
    </message>
    <message>
        <source>give --rater at least twice to compare reviewers</source>
        <translation>ange --rater minst två gånger för att jämföra bedömare</translation>
    </message>
</context>
<context>
    <name>SuggestCommand</name>
    <message>
        <source>Suggest the rating for a criterion from the evidence.</source>
        <translation>Föreslå poäng för ett kriterium utifrån underlaget.</translation>
    </message>
    <message>
        <source>Prints the rating the catalog suggests for a numeric or counted criterion.
VALUE is the number behind a numeric criterion (18, 6.5), or the two counts it is computed from as A/B (45/2.5 clients per full-time coach, 17/20 jobs for a share), or for a counted criterion the number of elements present.</source>
        <translation>Skriver ut den poäng som katalogen föreslår för ett numeriskt eller räknat kriterium.
VALUE är talet bakom ett numeriskt kriterium (18, 6.5), eller de två tal som det beräknas utifrån som A/B (45/2.5 klienter per arbetsspecialist på heltid, 17/20 arbeten för en andel), eller för ett räknat kriterium antalet element som förverkligas.</translation>
    </message>
    <message>
        <source>Criterion id, e.g. caseload.</source>
        <translation>Kriteriets id, t.ex. caseload.</translation>
    </message>
    <message>
        <source>The evidence value.</source>
        <translation>Underlagets värde.</translation>
    </message>
    <message>
        <source>expected a criterion id and a value</source>
        <translation>väntade ett kriterie-id och ett värde</translation>
    </message>
    <message>
        <source>unknown criterion &quot;%1&quot;; see &apos;laatu-cli catalog&apos; for the ids</source>
        <translation>okänt kriterium "%1"; se id:na med 'laatu-cli catalog'</translation>
    </message>
    <message>
        <source>criterion &quot;%1&quot; is descriptive: the reviewers rate it against the anchors, there is no suggestion</source>
        <translation>kriteriet "%1" är beskrivande: bedömarna bedömer det mot ankarbeskrivningarna, det finns inget förslag</translation>
    </message>
    <message>
        <source>&quot;%1&quot; counts elements present: give a whole number from 0 to %2, not &quot;%3&quot;</source>
        <translation>"%1" räknar element som förverkligas: ange ett heltal från 0 till %2, inte "%3"</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number (or A/B with B not 0)</source>
        <translation>"%1" är inte ett tal (eller A/B där B inte är 0)</translation>
    </message>
    <message>
        <source>%1 is outside the range of &quot;%2&quot; (%3 to %4)</source>
        <translation>%1 ligger utanför intervallet för "%2" (%3 till %4)</translation>
    </message>
</context>
<context>
    <name>Translator</name>
    <message>
        <source>System language</source>
        <translation>Systemets språk</translation>
    </message>
</context>
<context>
    <name>laatu-cli</name>
    <message>
        <source>Use the criteria catalog in &lt;file&gt; instead of the built-in one.</source>
        <translation>Använd kriteriekatalogen i &lt;file&gt; i stället för den inbyggda.</translation>
    </message>
    <message>
        <source>laatu-cli: the catalog %1 is not valid:</source>
        <translation>laatu-cli: katalogen %1 är inte giltig:</translation>
    </message>
    <message>
        <source>Usage: laatu-cli [--help] [--version] &lt;command&gt; [options]

Laatu: IPS fidelity reviews against the 25 quality criteria.

Commands:
</source>
        <translation>Användning: laatu-cli [--help] [--version] &lt;command&gt; [options]

Laatu: granskning av metodtrohet i IPS enligt de 25 kvalitetskriterierna.

Kommandon:
</translation>
    </message>
    <message>
        <source>
&apos;laatu-cli &lt;command&gt; --help&apos; describes a command.

Exit codes: 0 ok, 2 wrong usage, 3 bad input file, 4 database problem.
</source>
        <translation>
'laatu-cli &lt;command&gt; --help' beskriver ett kommando.

Slutkoder: 0 ok, 2 felaktig användning, 3 felaktig indatafil, 4 databasproblem.
</translation>
    </message>
    <message>
        <source>laatu-cli: no command given</source>
        <translation>laatu-cli: inget kommando angavs</translation>
    </message>
    <message>
        <source>laatu-cli: unknown command &quot;%1&quot;</source>
        <translation>laatu-cli: okänt kommando "%1"</translation>
    </message>
    <message>
        <source>Try &apos;laatu-cli --help&apos;.</source>
        <translation>Prova 'laatu-cli --help'.</translation>
    </message>
</context>
<context>
    <name>laatu::ScoreCard</name>
    <message>
        <source>rating for unknown criterion &quot;%1&quot;</source>
        <translation>poäng för okänt kriterium "%1"</translation>
    </message>
    <message>
        <source>rating %1 of &quot;%2&quot; is outside the scale %3-%4</source>
        <translation>poängen %1 för "%2" ligger utanför skalan %3-%4</translation>
    </message>
</context>
<context>
    <name>laatu::gui::MainWindow</name>
    <message>
        <source>Laatu – %1</source>
        <translation>Laatu – %1</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>Systemets språk</translation>
    </message>
    <message>
        <source>%1 · version %2</source>
        <translation>%1 · version %2</translation>
    </message>
    <message numerus="yes">
        <source>Catalog %1 %2: %n criteria</source>
        <translation>
            <numerusform>Katalog %1 %2: %n kriterium</numerusform>
            <numerusform>Katalog %1 %2: %n kriterier</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Criteria Catalog</source>
        <translation>Öppna kriteriekatalog</translation>
    </message>
    <message>
        <source>Laatu catalogs (*.json);;All files (*)</source>
        <translation>Laatu-kataloger (*.json);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Catalog Not Loaded</source>
        <translation>Katalogen kunde inte läsas in</translation>
    </message>
    <message>
        <source>%1 is not a valid criteria catalog, so the current catalog stays in use.

Problems found:
%2</source>
        <translation>%1 är inte en giltig kriteriekatalog, så den nuvarande katalogen används fortfarande.

Problem som hittades:
%2</translation>
    </message>
    <message>
        <source>About Laatu</source>
        <translation>Om Laatu</translation>
    </message>
    <message>
        <source>Laatu %1

IPS fidelity reviews against the 25 quality criteria: rate, agree, score and report, offline.

The criteria texts are written for Laatu from the public description of the scale; an organisation can load its own catalog file.</source>
        <translation>Laatu %1

Granskning av metodtrohet i IPS enligt de 25 kvalitetskriterierna: bedöm, kom överens, räkna poäng och rapportera, utan nätförbindelse.

Kriterietexterna är skrivna för Laatu utifrån den offentliga beskrivningen av skalan; en organisation kan läsa in en egen katalogfil.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Laatu: IPS fidelity reviews against the 25 quality criteria.</source>
        <translation>Laatu: granskning av metodtrohet i IPS enligt de 25 kvalitetskriterierna.</translation>
    </message>
    <message>
        <source>Show the criteria catalog in &lt;file&gt; instead of the built-in one.</source>
        <translation>Visa kriteriekatalogen i &lt;file&gt; i stället för den inbyggda.</translation>
    </message>
    <message>
        <source>Show the main window, let pending events run, then exit (for start-up measurements).</source>
        <translation>Visa huvudfönstret, låt väntande händelser köras och avsluta sedan (för mätning av starttiden).</translation>
    </message>
    <message>
        <source>Try &apos;laatu --help&apos;.</source>
        <translation>Prova 'laatu --help'.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;; try &apos;laatu --help&apos;.</source>
        <translation>oväntat argument "%1"; prova 'laatu --help'.</translation>
    </message>
    <message>
        <source>Laatu Cannot Start</source>
        <translation>Laatu kan inte starta</translation>
    </message>
    <message>
        <source>Catalog Not Loaded</source>
        <translation>Katalogen kunde inte läsas in</translation>
    </message>
    <message>
        <source>%1 is not a valid criteria catalog; Laatu shows the built-in catalog instead.

Problems found:
• %2</source>
        <translation>%1 är inte en giltig kriteriekatalog; Laatu visar den inbyggda katalogen i stället.

Problem som hittades:
• %2</translation>
    </message>
</context>
</TS>
