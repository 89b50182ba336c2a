<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv">
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Review Log</source>
        <translation>Granskningens logg</translation>
    </message>
    <message>
        <source>Review log</source>
        <translation>Granskningens logg</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Händelse</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>Make a verified backup of the database and rotate old ones.</source>
        <translation>Gör en kontrollerad säkerhetskopia av databasen och gallra bland de gamla.</translation>
    </message>
    <message>
        <source>Copies the database through SQLite (VACUUM INTO), checks the copy, and keeps the newest backup of each of the last 7 days, 5 weeks and 12 months.</source>
        <translation>Kopierar databasen via SQLite (VACUUM INTO), kontrollerar kopian och behåller den nyaste säkerhetskopian för var och en av de senaste 7 dagarna, 5 veckorna och 12 månaderna.</translation>
    </message>
    <message>
        <source>Backup folder (default: laatu-backups beside the database).</source>
        <translation>Mapp för säkerhetskopior (standard: laatu-backups bredvid databasen).</translation>
    </message>
    <message>
        <source>Backup written and checked: %1</source>
        <translation>Säkerhetskopian har skrivits och kontrollerats: %1</translation>
    </message>
    <message>
        <source>Old backup rotated out: %1</source>
        <translation>En gammal säkerhetskopia gallrades bort: %1</translation>
    </message>
</context>
<context>
    <name>BackupRestore</name>
    <message>
        <source>The backup cannot be restored: %1</source>
        <translation>Säkerhetskopian kan inte återställas: %1</translation>
    </message>
    <message>
        <source>%1 is not a regular file; nothing was restored.</source>
        <translation>%1 är inte en vanlig fil; ingenting återställdes.</translation>
    </message>
    <message>
        <source>The database is open in Laatu; close it before restoring a backup.</source>
        <translation>Databasen är öppen i Laatu; stäng den innan du återställer en säkerhetskopia.</translation>
    </message>
    <message>
        <source>The restored database cannot be written beside %1: %2.</source>
        <translation>Den återställda databasen kan inte skrivas bredvid %1: %2.</translation>
    </message>
    <message>
        <source>The restored database cannot be named %1: %2.</source>
        <translation>Den återställda databasen kan inte få namnet %1: %2.</translation>
    </message>
    <message>
        <source>restoring the backup</source>
        <translation>återställningen av säkerhetskopian</translation>
    </message>
    <message>
        <source>The restored database %1 cannot be made private.</source>
        <translation>Den återställda databasen %1 kan inte göras privat.</translation>
    </message>
    <message>
        <source>%1 cannot be moved aside for the restore.</source>
        <translation>%1 kan inte flyttas undan för återställningen.</translation>
    </message>
    <message>
        <source>%1 cannot be kept aside for the restore: %2.</source>
        <translation>%1 kan inte sparas undan för återställningen: %2.</translation>
    </message>
    <message>
        <source>%1 cannot be kept aside for the restore: no free name.</source>
        <translation>%1 kan inte sparas undan för återställningen: det finns inget ledigt namn.</translation>
    </message>
    <message>
        <source>The restored database cannot use write-ahead logging on this disk (it reports &quot;%1&quot;).</source>
        <translation>Den återställda databasen kan inte använda write-ahead-loggning på den här disken (den rapporterar &quot;%1&quot;).</translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>making a backup</source>
        <translation>säkerhetskopieringen</translation>
    </message>
    <message>
        <source>An unfinished backup %1 is in the way.</source>
        <translation>En oavslutad säkerhetskopia %1 är i vägen.</translation>
    </message>
    <message>
        <source>The new backup did not pass its check (%1); it was discarded.</source>
        <translation>Den nya säkerhetskopian klarade inte kontrollen (%1); den kasserades.</translation>
    </message>
    <message>
        <source>The backup could not be named %1.</source>
        <translation>Säkerhetskopian kunde inte få namnet %1.</translation>
    </message>
    <message>
        <source>The old backup %1 cannot be removed.</source>
        <translation>Den gamla säkerhetskopian %1 kan inte tas bort.</translation>
    </message>
    <message>
        <source>No backup folder was given.</source>
        <translation>Ingen mapp för säkerhetskopior angavs.</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be created: %2.</source>
        <translation>Mappen för säkerhetskopior %1 kan inte skapas: %2.</translation>
    </message>
    <message>
        <source>No backup was made in %1: %2.</source>
        <translation>Ingen säkerhetskopia gjordes i %1: %2.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be written: %2.</source>
        <translation>Säkerhetskopian %1 kan inte skrivas: %2.</translation>
    </message>
    <message>
        <source>No backup was made: %1 is a symbolic link to %2, not a folder Laatu made. Remove the link, or name the folder you want with --dir.</source>
        <translation>Ingen säkerhetskopia gjordes: %1 är en symbolisk länk till %2, inte en mapp som Laatu har skapat. Ta bort länken, eller ange den mapp du vill ha med --dir.</translation>
    </message>
</context>
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
        <translation>oväntat argument &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot;; use fi, sv or en</source>
        <translation>okänt språk &quot;%1&quot;; använd fi, sv eller en</translation>
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
        <translation>katalogen har inga texter på &quot;%1&quot; (den har %2)</translation>
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
        <translation>inte en kriteriekatalog för Laatu (&quot;format&quot; måste vara &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>catalog format version %1 is newer than this Laatu reads (%2); update Laatu</source>
        <translation>katalogens formatversion %1 är nyare än den här versionen av Laatu kan läsa (%2); uppdatera Laatu</translation>
    </message>
    <message>
        <source>&quot;formatVersion&quot; must be %1</source>
        <translation>&quot;formatVersion&quot; måste vara %1</translation>
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
        <translation>&quot;%1&quot; är inte en språkkod med två bokstäver</translation>
    </message>
    <message>
        <source>the catalog must name at least one language</source>
        <translation>katalogen måste ange minst ett språk</translation>
    </message>
    <message>
        <source>the catalog id &quot;%1&quot; may hold only a-z, 0-9 and single hyphens</source>
        <translation>katalogens id &quot;%1&quot; får bara innehålla a-z, 0-9 och enkla bindestreck</translation>
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
        <translation>underlagskällan &quot;%1&quot; förekommer flera gånger</translation>
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
        <translation>&quot;incomplete&quot; är reserverat för granskningar med kriterier som inte har bedömts</translation>
    </message>
    <message>
        <source>duplicate level key &quot;%1&quot;</source>
        <translation>nivånyckeln &quot;%1&quot; förekommer flera gånger</translation>
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
        <translation>okänd underlagskälla &quot;%1&quot;</translation>
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
    <message>
        <source>the file holds a NUL byte at byte %1; a catalog is UTF-8 text</source>
        <translation>filen innehåller ett NUL-tecken vid byte %1; en katalog ska vara UTF-8-text</translation>
    </message>
    <message>
        <source>&quot;criterionCount&quot; must be at least 1, not %1</source>
        <translation>&quot;criterionCount&quot; måste vara minst 1, inte %1</translation>
    </message>
    <message>
        <source>the language &quot;%1&quot; is listed twice</source>
        <translation>språket &quot;%1&quot; förekommer två gånger</translation>
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
        <translation>Katalogfilen %1 är för stor (%2&#xa0;byte; högst %3&#xa0;byte).</translation>
    </message>
    <message>
        <source>The catalog file %1 %2.</source>
        <translation>Katalogfilen %1 %2.</translation>
    </message>
</context>
<context>
    <name>ChartExporter</name>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation>PNG-bild (*.png);;SVG-bild (*.svg)</translation>
    </message>
    <message>
        <source>%1: the chart can be saved as .png or .svg; add one of them to the name.</source>
        <translation>%1: diagrammet kan sparas som .png eller .svg; lägg till något av dem i namnet.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>%1 kan inte skrivas: %2.</translation>
    </message>
    <message>
        <source>Made with Laatu</source>
        <translation>Gjort med Laatu</translation>
    </message>
    <message>
        <source>%1 cannot be written: the SVG could not be started.</source>
        <translation>%1 kan inte skrivas: SVG-filen kunde inte påbörjas.</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2.</source>
        <translation>%1 kunde inte sparas: %2.</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>%1: ok, no problems found.</source>
        <translation>%1: ok, inga problem hittades.</translation>
    </message>
    <message>
        <source>Check the database: quick, integrity, foreign key and CHECK constraint checks.</source>
        <translation>Kontrollera databasen: snabbkontroll, integritetskontroll samt kontroll av främmande nycklar och CHECK-villkor.</translation>
    </message>
    <message>
        <source>Runs SQLite&apos;s quick_check, integrity_check and foreign_key_check on the database (read-only), verifies every CHECK constraint of its tables, lists every problem found and gives a verdict.</source>
        <translation>Kör SQLite-kontrollerna quick_check, integrity_check och foreign_key_check på databasen (skrivskyddat), kontrollerar alla CHECK-villkor i tabellerna, listar alla problem som hittas och ger ett utlåtande.</translation>
    </message>
</context>
<context>
    <name>CheckConstraintScan</name>
    <message>
        <source>checking the rules of the tables</source>
        <translation>kontrollen av tabellernas regler</translation>
    </message>
    <message numerus="yes">
        <source>CHECK constraint failed in %1: %2 (%n row(s))</source>
        <translation>
            <numerusform>CHECK-villkoret uppfylls inte i %1: %2 (%n rad)</numerusform>
            <numerusform>CHECK-villkoret uppfylls inte i %1: %2 (%n rader)</numerusform>
        </translation>
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
        <translation>Prova &apos;laatu-cli %1 --help&apos;.</translation>
    </message>
    <message>
        <source>--%1 needs a value (%2), not an empty one</source>
        <translation>--%1 behöver ett värde (%2), inte ett tomt</translation>
    </message>
    <message>
        <source>an empty argument was given; give a value or leave it out</source>
        <translation>ett tomt argument angavs; ange ett värde eller utelämna det</translation>
    </message>
</context>
<context>
    <name>CompareCommand</name>
    <message>
        <source>Compare the sites of a county: ratings per criterion, totals, weakest criteria.</source>
        <translation>Jämför verksamhetsställena i ett välfärdsområde: poäng per kriterium, totalpoäng, svagaste kriterierna.</translation>
    </message>
    <message>
        <source>The wellbeing services county.</source>
        <translation>Välfärdsområdet.</translation>
    </message>
    <message>
        <source>Reviews visited on or after this day.</source>
        <translation>Granskningar med besök denna dag eller senare.</translation>
    </message>
    <message>
        <source>Reviews visited on or before this day.</source>
        <translation>Granskningar med besök denna dag eller tidigare.</translation>
    </message>
    <message>
        <source>Every review in the period, not only the latest.</source>
        <translation>Alla granskningar under perioden, inte bara den senaste.</translation>
    </message>
    <message>
        <source>Leave self-assessments out.</source>
        <translation>Utelämna självvärderingar.</translation>
    </message>
    <message>
        <source>Write the table to this file.</source>
        <translation>Skriv tabellen till den här filen.</translation>
    </message>
    <message>
        <source>CSV separator: &apos;;&apos; (default, decimal comma) or &apos;,&apos;.</source>
        <translation>CSV-avgränsare: &apos;;&apos; (standard, decimalkomma) eller &apos;,&apos;.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>oväntat argument &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--county NAME is required</source>
        <translation>--county NAME krävs</translation>
    </message>
    <message>
        <source>--%1 needs a date like 2025-01-31</source>
        <translation>--%1 behöver ett datum i formen 2025-01-31</translation>
    </message>
    <message>
        <source>--separator must be &apos;;&apos; or &apos;,&apos;</source>
        <translation>--separator måste vara &apos;;&apos; eller &apos;,&apos;</translation>
    </message>
    <message>
        <source>laatu-cli compare: no reviews of &quot;%1&quot; in that period. Counties: %2.</source>
        <translation>laatu-cli compare: inga granskningar av &quot;%1&quot; under den perioden. Välfärdsområden: %2.</translation>
    </message>
    <message>
        <source>laatu-cli compare: %1</source>
        <translation>laatu-cli compare: %1</translation>
    </message>
    <message>
        <source>County mean</source>
        <translation>Medelvärde för välfärdsområdet</translation>
    </message>
    <message>
        <source>Weakest: %1</source>
        <translation>Svagast: %1</translation>
    </message>
    <message>
        <source>Prints one line per site (its latest final review in the period, or every review with --all): the 25 consensus ratings, total, mean and level; then the county mean per criterion and the weakest criteria. --csv writes the table for a spreadsheet.</source>
        <translation>Skriver ut en rad per verksamhetsställe (dess senaste slutförda granskning under perioden, eller alla granskningar med --all): de 25 konsensuspoängen, totalpoäng, medelvärde och nivå; sedan välfärdsområdets medelvärde per kriterium och de svagaste kriterierna. --csv skriver tabellen för ett kalkylprogram.</translation>
    </message>
    <message>
        <source>The latest review of each site even when it is not final yet.</source>
        <translation>Den senaste granskningen av varje verksamhetsställe även om den inte är slutförd ännu.</translation>
    </message>
</context>
<context>
    <name>ComparisonCsv</name>
    <message>
        <source>Site</source>
        <translation>Verksamhetsställe</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Besök</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Rated</source>
        <translation>Bedömda</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalpoäng</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Medelvärde</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <source>County mean</source>
        <translation>Medelvärde för välfärdsområdet</translation>
    </message>
</context>
<context>
    <name>ComparisonQuery</name>
    <message>
        <source>comparing the sites of %1</source>
        <translation>jämförelsen av verksamhetsställena i %1</translation>
    </message>
    <message>
        <source>listing the counties</source>
        <translation>listningen av välfärdsområdena</translation>
    </message>
</context>
<context>
    <name>ComparisonSummary</name>
    <message>
        <source>all visits</source>
        <translation>alla besök</translation>
    </message>
    <message>
        <source>visits from %1</source>
        <translation>besök från %1</translation>
    </message>
    <message>
        <source>visits until %1</source>
        <translation>besök till och med %1</translation>
    </message>
    <message>
        <source>visits %1–%2</source>
        <translation>besök %1–%2</translation>
    </message>
    <message>
        <source>%1. %2 (%3)</source>
        <translation>%1. %2 (%3)</translation>
    </message>
    <message>
        <source>Weakest across the county: %1.</source>
        <translation>Svagast i välfärdsområdet: %1.</translation>
    </message>
    <message>
        <source>No sites with a county yet: add reviews to compare sites.</source>
        <translation>Inga verksamhetsställen med välfärdsområde ännu: lägg till granskningar för att jämföra verksamhetsställen.</translation>
    </message>
    <message>
        <source>No reviews of %1 in this period.</source>
        <translation>Inga granskningar av %1 under den här perioden.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>incomplete: %1</source>
        <translation>Ofullständiga: %1</translation>
    </message>
    <message>
        <source>%1, %2 – sites: %3, reviews: %4.</source>
        <translation>%1, %2 – verksamhetsställen: %3, granskningar: %4.</translation>
    </message>
</context>
<context>
    <name>CountyComparison</name>
    <message>
        <source>The built-in catalog cannot be read.</source>
        <translation>Den inbyggda katalogen kan inte läsas.</translation>
    </message>
</context>
<context>
    <name>CountyList</name>
    <message>
        <source>The county list %1 cannot be read: %2</source>
        <translation>Listan över välfärdsområden %1 kan inte läsas: %2</translation>
    </message>
    <message>
        <source>The county list is not valid JSON: %1</source>
        <translation>Listan över välfärdsområden är inte giltig JSON: %1</translation>
    </message>
    <message>
        <source>The county list has no &quot;counties&quot; array.</source>
        <translation>Listan över välfärdsområden har ingen &quot;counties&quot;-array.</translation>
    </message>
    <message>
        <source>County %1 of the list needs an id and a Finnish and a Swedish name.</source>
        <translation>Välfärdsområde %1 i listan behöver ett id och ett finskt och ett svenskt namn.</translation>
    </message>
    <message>
        <source>The county id &quot;%1&quot; appears twice in the list.</source>
        <translation>Välfärdsområdets id &quot;%1&quot; förekommer två gånger i listan.</translation>
    </message>
    <message>
        <source>The county name &quot;%1&quot; appears twice in the list.</source>
        <translation>Välfärdsområdets namn &quot;%1&quot; förekommer två gånger i listan.</translation>
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
    <name>DataRequestCommand</name>
    <message>
        <source>Write the data request sent to a service before its site visit (PDF or ODT).</source>
        <translation>Skriv uppgiftsbegäran som skickas till en tjänst före granskningsbesöket (PDF eller ODT).</translation>
    </message>
    <message>
        <source>Writes the letter that tells a service what to have ready for the site visit of one review: the service, the visit dates and the reviewers; the documents and figures to prepare, grouped by who provides them, each with the criterion it serves; the figures collected on the visit; and the evidence each criterion rests on. The file name&apos;s ending chooses the format: .pdf (A4) or .odt (to edit in a word processor).</source>
        <translation>Skriver brevet som berättar för en tjänst vad den ska ha klart till granskningsbesöket i en granskning: tjänsten, besöksdagarna och bedömarna; de dokument och siffror som ska förberedas, grupperade efter vem som tillhandahåller dem, vart och ett med det kriterium det gäller; de siffror som samlas in under besöket; och det underlag som varje kriterium bygger på. Filnamnets ändelse avgör formatet: .pdf (A4) eller .odt (för redigering i ett ordbehandlingsprogram).</translation>
    </message>
    <message>
        <source>Review number or UUID.</source>
        <translation>Granskningens nummer eller UUID.</translation>
    </message>
    <message>
        <source>The file to write, ending in .pdf or .odt.</source>
        <translation>Filen som ska skrivas, med ändelsen .pdf eller .odt.</translation>
    </message>
    <message>
        <source>The letter&apos;s language: fi, sv or en (default: the user interface language).</source>
        <translation>Brevets språk: fi, sv eller en (standard: användargränssnittets språk).</translation>
    </message>
    <message>
        <source>expected one review number or UUID</source>
        <translation>väntade ett granskningsnummer eller UUID</translation>
    </message>
    <message>
        <source>--out FILE is required</source>
        <translation>--out FILE krävs</translation>
    </message>
    <message>
        <source>--out must name a file ending in .pdf or .odt, not &quot;%1&quot;</source>
        <translation>--out måste ange en fil med ändelsen .pdf eller .odt, inte &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--lang must be fi, sv or en, not &quot;%1&quot;</source>
        <translation>--lang måste vara fi, sv eller en, inte &quot;%1&quot;</translation>
    </message>
    <message>
        <source>laatu-cli data-request: %1</source>
        <translation>laatu-cli data-request: %1</translation>
    </message>
    <message>
        <source>Wrote the data request of %1 to %2 (OpenDocument text).</source>
        <translation>Skrev uppgiftsbegäran för %1 till %2 (OpenDocument-text).</translation>
    </message>
    <message>
        <source>Wrote the data request of %1 (%2 pages) to %3.</source>
        <translation>Skrev uppgiftsbegäran för %1 (%2 sidor) till %3.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is empty, not a Laatu database. If it should hold reviews, restore the newest backup (laatu-cli restore).</source>
        <translation>%1 är tom och inte en Laatu-databas. Om den borde innehålla granskningar, återställ den nyaste säkerhetskopian (laatu-cli restore).</translation>
    </message>
    <message>
        <source>%1 is not a Laatu database (it is not an SQLite file). Choose another file, or restore the newest backup if this one was damaged.</source>
        <translation>%1 är inte en Laatu-databas (det är inte en SQLite-fil). Välj en annan fil, eller återställ den nyaste säkerhetskopian om den här filen har skadats.</translation>
    </message>
    <message>
        <source>opening %1</source>
        <translation>öppnandet av %1</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>läsningen av %1</translation>
    </message>
    <message>
        <source>%1 is damaged (it has lost its database version). Laatu does not write to it: restore the newest backup (laatu-cli restore).</source>
        <translation>%1 är skadad (den har förlorat sin databasversion). Laatu skriver inte till den: återställ den nyaste säkerhetskopian (laatu-cli restore).</translation>
    </message>
    <message>
        <source>%1 is a database of another program, not a Laatu database. Choose another file.</source>
        <translation>%1 är en databas för ett annat program, inte en Laatu-databas. Välj en annan fil.</translation>
    </message>
    <message>
        <source>%1 was made by a newer Laatu (database version %2; this Laatu reads up to %3). Update Laatu to open it; the file was not changed.</source>
        <translation>%1 har skapats av en nyare version av Laatu (databasversion %2; den här versionen av Laatu läser upp till %3). Uppdatera Laatu för att öppna den; filen ändrades inte.</translation>
    </message>
    <message>
        <source>%1 is damaged or not a Laatu database (%2). Laatu does not write to it: restore the newest backup (laatu-cli restore).</source>
        <translation>%1 är skadad eller inte en Laatu-databas (%2). Laatu skriver inte till den: återställ den nyaste säkerhetskopian (laatu-cli restore).</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>Det finns ingen databas i %1.</translation>
    </message>
    <message>
        <source>A new database cannot be created at %1: %2.</source>
        <translation>En ny databas kan inte skapas i %1: %2.</translation>
    </message>
    <message>
        <source>opened read-only on request</source>
        <translation>den öppnades som skrivskyddad på begäran</translation>
    </message>
    <message>
        <source>the file %1 is read-only</source>
        <translation>filen %1 är skrivskyddad</translation>
    </message>
    <message>
        <source>%1 was made by an older Laatu and must be upgraded, which needs writing, but %2.</source>
        <translation>%1 har skapats av en äldre version av Laatu och måste uppgraderas, vilket kräver skrivning, men %2.</translation>
    </message>
    <message>
        <source>opening the database</source>
        <translation>öppnandet av databasen</translation>
    </message>
    <message>
        <source>checking %1</source>
        <translation>kontrollen av %1</translation>
    </message>
    <message>
        <source>a %1 row refers to a missing %2 row</source>
        <translation>en rad i %1 hänvisar till en rad som saknas i %2</translation>
    </message>
    <message>
        <source>%1 is damaged (the check reports: %2). Laatu does not write to it: restore the newest backup (laatu-cli restore).</source>
        <translation>%1 är skadad (kontrollen rapporterar: %2). Laatu skriver inte till den: återställ den nyaste säkerhetskopian (laatu-cli restore).</translation>
    </message>
    <message>
        <source>setting up the database</source>
        <translation>förberedandet av databasen</translation>
    </message>
    <message>
        <source>The database cannot use write-ahead logging on this disk (it reports &quot;%1&quot;); use a folder on a local disk.</source>
        <translation>Databasen kan inte använda write-ahead-loggning på den här disken (den rapporterar &quot;%1&quot;); använd en mapp på en lokal disk.</translation>
    </message>
    <message>
        <source>upgrading the database</source>
        <translation>uppgraderingen av databasen</translation>
    </message>
    <message>
        <source>The database is open read-only (%1), so %2 did not happen.</source>
        <translation>Databasen är öppen som skrivskyddad (%1), så %2 genomfördes inte.</translation>
    </message>
    <message>
        <source>the file turned out to be damaged; restore the newest backup</source>
        <translation>filen visade sig vara skadad; återställ den nyaste säkerhetskopian</translation>
    </message>
    <message>
        <source>%1 %2.</source>
        <translation>%1 %2.</translation>
    </message>
    <message>
        <source>%1 %2, not a database file.</source>
        <translation>%1 %2, inte en databasfil.</translation>
    </message>
    <message>
        <source>the file %1 has %2 names (hard links), and a writer through another name would not see this one&apos;s lock; keep one name</source>
        <translation>filen %1 har %2 namn (hårda länkar), och ett program som skriver via ett annat namn skulle inte se det här namnets lås; behåll bara ett namn</translation>
    </message>
    <message>
        <source>setting up the new database</source>
        <translation>förberedelsen av den nya databasen</translation>
    </message>
</context>
<context>
    <name>DatabaseCheck</name>
    <message>
        <source>checking the database</source>
        <translation>kontrollen av databasen</translation>
    </message>
    <message>
        <source>a row of %1 refers to a missing row of %2 (%3)</source>
        <translation>en rad i %1 hänvisar till en rad som saknas i %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>The database check found %n problem(s): %1</source>
        <translation>
            <numerusform>Kontrollen av databasen hittade %n problem: %1</numerusform>
            <numerusform>Kontrollen av databasen hittade %n problem: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatabaseRecovery</name>
    <message>
        <source>%1

Put back the newest backup, from %2? The damaged file is kept beside it under another name, so nothing is deleted. Changes made after that backup are not in it.</source>
        <translation>%1

Vill du ta i bruk den senaste säkerhetskopian (%2)? Den skadade filen sparas bredvid under ett annat namn, så ingenting raderas. Ändringar som gjorts efter säkerhetskopian finns inte i den.</translation>
    </message>
    <message>
        <source>Database Damaged</source>
        <translation>Databasen är skadad</translation>
    </message>
    <message>
        <source>Backup Put Back</source>
        <translation>Säkerhetskopian återställd</translation>
    </message>
    <message>
        <source>The backup from %1 is in use. The damaged file is kept as %2.</source>
        <translation>Säkerhetskopian från %1 används. Den skadade filen sparas som %2.</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Fill a new database with fictional sites and reviews.</source>
        <translation>Fyll en ny databas med fiktiva verksamhetsställen och granskningar.</translation>
    </message>
    <message>
        <source>Creates believable, clearly fictional sites in the pilot counties, each with reviews every six months by two reviewers, with evidence, findings and actions. The database must not hold reviews yet.</source>
        <translation>Skapar trovärdiga, tydligt fiktiva verksamhetsställen i pilotens välfärdsområden, vart och ett med granskningar var sjätte månad av två bedömare, med underlag, iakttagelser och åtgärder. Databasen får inte ännu innehålla granskningar.</translation>
    </message>
    <message>
        <source>Number of sites (default 6).</source>
        <translation>Antal verksamhetsställen (standard 6).</translation>
    </message>
    <message>
        <source>Reviews per site (default 3).</source>
        <translation>Granskningar per verksamhetsställe (standard 3).</translation>
    </message>
    <message>
        <source>Seed for the generator (default 20261129).</source>
        <translation>Startvärde för generatorn (standard 20261129).</translation>
    </message>
    <message>
        <source>--sites must be 1-100000, --reviews-per-site 1-100 and --seed a whole number</source>
        <translation>--sites måste vara 1-100000, --reviews-per-site 1-100 och --seed ett heltal</translation>
    </message>
    <message>
        <source>adding demo data</source>
        <translation>tillägget av demodata</translation>
    </message>
    <message numerus="yes">
        <source>%1 already holds %n review(s); demo data goes into a new database</source>
        <translation>
            <numerusform>%1 innehåller redan %n granskning; demodata läggs i en ny databas</numerusform>
            <numerusform>%1 innehåller redan %n granskningar; demodata läggs i en ny databas</numerusform>
        </translation>
    </message>
    <message>
        <source>Created %1 sites and %2 reviews in %3 in %4 ms.</source>
        <translation>Skapade %1 verksamhetsställen och %2 granskningar i %3 på %4&#xa0;ms.</translation>
    </message>
</context>
<context>
    <name>DisplayText</name>
    <message>
        <source>External review</source>
        <translation>Extern granskning</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Självvärdering</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>Konsensus</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Slutförd</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Styrka</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Rekommendation</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Avförd</translation>
    </message>
    <message>
        <source>not published</source>
        <translation>inte publicerad</translation>
    </message>
    <message>
        <source>publishing unfinished</source>
        <translation>publiceringen ofullbordad</translation>
    </message>
    <message>
        <source>published</source>
        <translation>publicerad</translation>
    </message>
    <message>
        <source>changed since publication</source>
        <translation>ändrad sedan publiceringen</translation>
    </message>
    <message>
        <source>conflict on the server</source>
        <translation>konflikt på servern</translation>
    </message>
    <message>
        <source>from the programme</source>
        <translation>från programmet</translation>
    </message>
    <message>
        <source>Not yet on the programme server: File → Publish Review sends it.</source>
        <translation>Finns ännu inte på programmets server: Fil → Publicera granskning skickar den.</translation>
    </message>
    <message>
        <source>Sending it to the programme server did not finish; the next publish completes it.</source>
        <translation>Sändningen till programmets server blev inte klar; nästa publicering slutför den.</translation>
    </message>
    <message>
        <source>On the programme server as it is here.</source>
        <translation>Finns på programmets server sådan den är här.</translation>
    </message>
    <message>
        <source>Changed since it was published: the server holds the earlier version until it is final again and published.</source>
        <translation>Ändrad sedan den publicerades: servern har den tidigare versionen tills granskningen är slutförd igen och publiceras.</translation>
    </message>
    <message>
        <source>The server holds the same revision with other content; it keeps its own and lists this laptop&apos;s beside it.</source>
        <translation>Servern har samma version med annat innehåll; den behåller sin egen och listar den här datorns bredvid.</translation>
    </message>
    <message>
        <source>Pulled from the programme server: another reviewer&apos;s review, read-only here.</source>
        <translation>Hämtad från programmets server: en annan bedömares granskning, här skrivskyddad.</translation>
    </message>
</context>
<context>
    <name>EvidenceFigures</name>
    <message numerus="yes">
        <source>%n coach(es)</source>
        <translation>
            <numerusform>%n arbetsspecialist</numerusform>
            <numerusform>%n arbetsspecialister</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n klientjournal</numerusform>
            <numerusform>%n klientjournaler</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Write one review to a review file (JSON).</source>
        <translation>Skriv en granskning till en granskningsfil (JSON).</translation>
    </message>
    <message>
        <source>Writes one review, with its site, reviewers, ratings, evidence, findings and actions, to a review file that another laptop can import.</source>
        <translation>Skriver en granskning, med verksamhetsställe, bedömare, poäng, underlag, iakttagelser och åtgärder, till en granskningsfil som kan importeras på en annan bärbar dator.</translation>
    </message>
    <message>
        <source>Review number or UUID.</source>
        <translation>Granskningens nummer eller UUID.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Filen som ska skrivas.</translation>
    </message>
    <message>
        <source>expected one review number or UUID</source>
        <translation>väntade ett granskningsnummer eller UUID</translation>
    </message>
    <message>
        <source>--out FILE is required</source>
        <translation>--out FILE krävs</translation>
    </message>
    <message>
        <source>laatu-cli export: %1</source>
        <translation>laatu-cli export: %1</translation>
    </message>
    <message>
        <source>Wrote review %1 to %2.</source>
        <translation>Skrev granskning %1 till %2.</translation>
    </message>
</context>
<context>
    <name>ExportCsvCommand</name>
    <message>
        <source>Write the review history as a CSV file for spreadsheets.</source>
        <translation>Skriv granskningshistoriken som en CSV-fil för kalkylprogram.</translation>
    </message>
    <message>
        <source>Writes every review as one row per criterion (site, county, dates, kind, status, catalog, criterion, consensus rating, the review&apos;s total, mean and level) to a CSV file in UTF-8 that LibreOffice and Excel open directly. Notes are not included.</source>
        <translation>Skriver varje granskning som en rad per kriterium (verksamhetsställe, välfärdsområde, datum, typ, status, katalog, kriterium, konsensuspoäng samt granskningens totalpoäng, medelvärde och nivå) till en CSV-fil i UTF-8 som LibreOffice och Excel öppnar direkt. Anteckningar ingår inte.</translation>
    </message>
    <message>
        <source>The CSV file to write.</source>
        <translation>CSV-filen som ska skrivas.</translation>
    </message>
    <message>
        <source>Field separator: &apos;;&apos; (default, for Finnish and Swedish spreadsheets, decimal commas) or &apos;,&apos; (decimal points).</source>
        <translation>Fältavgränsare: &apos;;&apos; (standard, för finska och svenska kalkylprogram, decimalkomma) eller &apos;,&apos; (decimalpunkt).</translation>
    </message>
    <message>
        <source>Language of criterion titles, level names and decimals: fi, sv or en (default: the user interface language).</source>
        <translation>Språk för kriteriernas rubriker, nivåernas namn och decimaler: fi, sv eller en (standard: användargränssnittets språk).</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>oväntat argument &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--out FILE is required</source>
        <translation>--out FILE krävs</translation>
    </message>
    <message>
        <source>--separator must be &apos;;&apos; or &apos;,&apos;</source>
        <translation>--separator måste vara &apos;;&apos; eller &apos;,&apos;</translation>
    </message>
    <message>
        <source>--lang must be fi, sv or en, not &quot;%1&quot;</source>
        <translation>--lang måste vara fi, sv eller en, inte &quot;%1&quot;</translation>
    </message>
    <message>
        <source>laatu-cli export-csv: %1</source>
        <translation>laatu-cli export-csv: %1</translation>
    </message>
    <message>
        <source>Wrote %1 rows to %2.</source>
        <translation>Skrev %1 rader till %2.</translation>
    </message>
</context>
<context>
    <name>ExportMineCommand</name>
    <message>
        <source>Write one reviewer&apos;s own ratings and the evidence, for &apos;merge&apos; elsewhere.</source>
        <translation>Skriv en bedömares egna poäng och underlaget, för &apos;merge&apos; på en annan dator.</translation>
    </message>
    <message>
        <source>Writes a review file holding one reviewer of a review with their own ratings and the evidence notes, numbers and checks, but no consensus, findings or actions. The lead reviewer brings it in with &apos;merge&apos; (not &apos;import&apos;, which replaces a review).</source>
        <translation>Skriver en granskningsfil som innehåller en av granskningens bedömare med bedömarens egna poäng och anteckningar, tal och kontroller om underlaget, men ingen konsensus, inga iakttagelser och inga åtgärder. Huvudbedömaren tar in den med &apos;merge&apos; (inte med &apos;import&apos;, som ersätter en granskning).</translation>
    </message>
    <message>
        <source>Review number or UUID.</source>
        <translation>Granskningens nummer eller UUID.</translation>
    </message>
    <message>
        <source>The reviewer, by name or UUID.</source>
        <translation>Bedömaren, med namn eller UUID.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Filen som ska skrivas.</translation>
    </message>
    <message>
        <source>expected one review number or UUID</source>
        <translation>väntade ett granskningsnummer eller UUID</translation>
    </message>
    <message>
        <source>--rater NAME|UUID is required</source>
        <translation>--rater NAME|UUID krävs</translation>
    </message>
    <message>
        <source>--out FILE is required</source>
        <translation>--out FILE krävs</translation>
    </message>
    <message>
        <source>laatu-cli export-mine: %1</source>
        <translation>laatu-cli export-mine: %1</translation>
    </message>
    <message>
        <source>Wrote the ratings of %1 in review %2 to %3.</source>
        <translation>Skrev poängen som %1 gett i granskning %2 till %3.</translation>
    </message>
    <message>
        <source>Of the evidence workbook it holds the coach rows this reviewer filled and the shared ones; the record sample stays on this computer unless --with-records is given.</source>
        <translation>Av arbetsboken för underlaget innehåller filen de arbetsspecialistrader som den här bedömaren har fyllt i och de gemensamma; journalurvalet stannar på den här datorn om inte --with-records anges.</translation>
    </message>
    <message>
        <source>Also write the record sample&apos;s rows this reviewer filled (pseudonymous codes and their data points), for the lead to merge.</source>
        <translation>Skriv också de rader i journalurvalet som den här bedömaren har fyllt i (pseudonyma koder och deras uppgifter), så att huvudbedömaren kan sammanfoga dem.</translation>
    </message>
    <message numerus="yes">
        <source>It holds %n coach row(s) of the workbook.</source>
        <translation>
            <numerusform>Den innehåller %n arbetsspecialistrad ur arbetsboken.</numerusform>
            <numerusform>Den innehåller %n arbetsspecialistrader ur arbetsboken.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It holds %n record row(s) of the record sample.</source>
        <translation>
            <numerusform>Den innehåller %n rad ur journalurvalet.</numerusform>
            <numerusform>Den innehåller %n rader ur journalurvalet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The record sample (%n row(s)) stayed on this computer; --with-records writes it too.</source>
        <translation>
            <numerusform>Journalurvalet (%n rad) stannade på den här datorn; med --with-records skrivs det också.</numerusform>
            <numerusform>Journalurvalet (%n rader) stannade på den här datorn; med --with-records skrivs det också.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportMineDialog</name>
    <message>
        <source>Export My Ratings</source>
        <translation>Exportera egna bedömningar</translation>
    </message>
    <message>
        <source>The file holds one reviewer&apos;s own ratings, the review&apos;s notes and figures, and the workbook&apos;s coach rows that reviewer filled, for the lead reviewer to merge.</source>
        <translation>Filen innehåller en bedömares egna poäng, granskningens anteckningar och siffror samt de arbetsspecialistrader i arbetsboken som bedömaren har fyllt i, så att huvudbedömaren kan sammanfoga dem.</translation>
    </message>
    <message>
        <source>&amp;Whose ratings:</source>
        <translation>&amp;Vems poäng:</translation>
    </message>
    <message>
        <source>Whose ratings</source>
        <translation>Vems poäng</translation>
    </message>
    <message>
        <source>Include my record sample</source>
        <translation>Ta med mitt journalurval</translation>
    </message>
    <message>
        <source>The record sample is about clients: it stays on this laptop unless the lead needs its rows.</source>
        <translation>Journalurvalet gäller klienter: det stannar på den här datorn om inte huvudbedömaren behöver dess rader.</translation>
    </message>
</context>
<context>
    <name>FidelityTrendData</name>
    <message>
        <source>incomplete</source>
        <translation>ofullständig</translation>
    </message>
    <message>
        <source>%1: incomplete review, no total</source>
        <translation>%1: ofullständig granskning, ingen totalpoäng</translation>
    </message>
    <message>
        <source>%1: total %2, %3</source>
        <translation>%1: totalpoäng %2, %3</translation>
    </message>
    <message>
        <source>%1 (%2–%3)</source>
        <translation>%1 (%2–%3)</translation>
    </message>
    <message>
        <source>No reviews to show.</source>
        <translation>Inga granskningar att visa.</translation>
    </message>
    <message>
        <source>%1–%2: %3 in work</source>
        <translation>%1–%2: %3 i arbete</translation>
    </message>
    <message>
        <source>Employment rate: %1</source>
        <translation>Sysselsättningsgrad: %1</translation>
    </message>
</context>
<context>
    <name>FidelityTrendPainter</name>
    <message>
        <source>Fidelity over time</source>
        <translation>Metodtrohet över tid</translation>
    </message>
    <message>
        <source>Next review due</source>
        <translation>Nästa granskning senast</translation>
    </message>
    <message>
        <source>No reviews to show.</source>
        <translation>Inga granskningar att visa.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalpoäng</translation>
    </message>
    <message>
        <source>Employment rate (right axis)</source>
        <translation>Sysselsättningsgrad (högra axeln)</translation>
    </message>
    <message>
        <source>Sections: their mean rating on the total&apos;s scale (mean × %1).</source>
        <translation>Avsnitt: deras medelvärde på totalpoängens skala (medelvärde × %1).</translation>
    </message>
</context>
<context>
    <name>HandOut</name>
    <message>
        <source>The review %1 is final, so there is nothing left to rate; reopen it first if the co-reviewer is to rate it.</source>
        <translation>Granskning %1 är slutförd, så det finns inget kvar att bedöma; öppna den på nytt först om medbedömaren ska bedöma den.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be the lower-case UUID of one of the file&apos;s reviewers</source>
        <translation>&quot;%1&quot; måste vara UUID:t med små bokstäver för en av filens bedömare</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2, which is none of the file&apos;s reviewers</source>
        <translation>&quot;%1&quot; är %2, som inte är någon av filens bedömare</translation>
    </message>
    <message>
        <source>a file cannot be both a hand-out and one reviewer&apos;s ratings</source>
        <translation>en fil kan inte både vara en fil för medbedömare och en bedömares poäng</translation>
    </message>
    <message>
        <source>a hand-out file holds no ratings, notes, findings or actions, so that the co-reviewer rates independently</source>
        <translation>en fil för medbedömare innehåller inga poäng, anteckningar, iakttagelser eller åtgärder, så att medbedömaren bedömer självständigt</translation>
    </message>
    <message>
        <source>a hand-out file is a draft review</source>
        <translation>en fil för medbedömare är ett granskningsutkast</translation>
    </message>
</context>
<context>
    <name>HandOutCommand</name>
    <message>
        <source>Write a review&apos;s frame for a co-reviewer to rate independently.</source>
        <translation>Skriv en stomme till en granskning som en medbedömare bedömer självständigt.</translation>
    </message>
    <message>
        <source>Writes a review file for the co-reviewer&apos;s laptop: the site, the visit, the catalog and the reviewers, but no reviewer&apos;s ratings, no consensus, and no notes, findings or actions, so that the co-reviewer rates independently. They bring it in with &apos;import&apos;, rate, and send their ratings back with &apos;export-mine&apos; for &apos;merge&apos;.</source>
        <translation>Skriver en granskningsfil för medbedömarens bärbara dator: verksamhetsstället, besöket, katalogen och bedömarna, men inga bedömares poäng, ingen konsensus och inga anteckningar, iakttagelser eller åtgärder, så att medbedömaren bedömer självständigt. Medbedömaren tar in den med &apos;import&apos;, bedömer och skickar tillbaka sina poäng med &apos;export-mine&apos; för &apos;merge&apos;.</translation>
    </message>
    <message>
        <source>Review number or UUID.</source>
        <translation>Granskningens nummer eller UUID.</translation>
    </message>
    <message>
        <source>The co-reviewer the file is for, by name or UUID.</source>
        <translation>Medbedömaren som filen är avsedd för, med namn eller UUID.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Filen som ska skrivas.</translation>
    </message>
    <message>
        <source>Include the figures and checklists gathered so far (shared evidence, no ratings).</source>
        <translation>Ta med de siffror och checklistor som samlats in hittills (gemensamt underlag, inga poäng).</translation>
    </message>
    <message>
        <source>expected one review number or UUID</source>
        <translation>väntade ett granskningsnummer eller UUID</translation>
    </message>
    <message>
        <source>--rater NAME|UUID is required</source>
        <translation>--rater NAME|UUID krävs</translation>
    </message>
    <message>
        <source>--out FILE is required</source>
        <translation>--out FILE krävs</translation>
    </message>
    <message>
        <source>laatu-cli hand-out: %1</source>
        <translation>laatu-cli hand-out: %1</translation>
    </message>
    <message>
        <source>Wrote review %1 for %2 to %3: the frame only, no ratings, notes or findings.</source>
        <translation>Skrev granskning %1 för %2 till %3: bara stommen, inga poäng, anteckningar eller iakttagelser.</translation>
    </message>
</context>
<context>
    <name>HandOutDialog</name>
    <message>
        <source>Send to Co-reviewer</source>
        <translation>Skicka till medbedömaren</translation>
    </message>
    <message>
        <source>The file holds the review&apos;s site, visit, catalog and reviewers, but nobody&apos;s ratings, notes or findings, so that the co-reviewer rates independently. They open it with File → Open Review File… and send their ratings back with Export My Ratings.</source>
        <translation>Filen innehåller granskningens verksamhetsställe, besök, katalog och bedömare, men ingens poäng, anteckningar eller iakttagelser, så att medbedömaren bedömer självständigt. Medbedömaren öppnar den med Fil → Öppna granskningsfil… och skickar tillbaka sina poäng med Exportera egna bedömningar.</translation>
    </message>
    <message>
        <source>&amp;Co-reviewer:</source>
        <translation>&amp;Medbedömare:</translation>
    </message>
    <message>
        <source>Co-reviewer</source>
        <translation>Medbedömare</translation>
    </message>
    <message>
        <source>&amp;Include the figures and checklists gathered so far</source>
        <translation>&amp;Ta med de siffror och checklistor som samlats in hittills</translation>
    </message>
    <message>
        <source>Include the figures and checklists gathered so far</source>
        <translation>Ta med de siffror och checklistor som samlats in hittills</translation>
    </message>
</context>
<context>
    <name>HistoryCommand</name>
    <message>
        <source>Show a site&apos;s reviews over time, changes, outcomes and the next review due.</source>
        <translation>Visa ett verksamhetsställes granskningar över tid, förändringar, utfall och när nästa granskning ska göras.</translation>
    </message>
    <message>
        <source>Shows one site&apos;s reviews in visit order with total, mean, level and section subtotals, the criteria that changed at the last review, the actions done, the outcomes and when the next review is due.</source>
        <translation>Visar ett verksamhetsställes granskningar i besöksordning med totalpoäng, medelvärde, nivå och delsummor per avsnitt, de kriterier som förändrades vid den senaste granskningen, de åtgärder som är klara, utfallen och när nästa granskning ska göras.</translation>
    </message>
    <message>
        <source>Site name or UUID.</source>
        <translation>Verksamhetsställets namn eller UUID.</translation>
    </message>
    <message>
        <source>Print as JSON.</source>
        <translation>Skriv ut som JSON.</translation>
    </message>
    <message>
        <source>expected one site name or UUID</source>
        <translation>väntade ett namn eller UUID för ett verksamhetsställe</translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <translation>%1 (%2), %3</translation>
    </message>
    <message>
        <source>Actions of %1 done by %2: %3 of %4</source>
        <translation>Åtgärder från %1 som var klara vid %2: %3 av %4</translation>
    </message>
    <message>
        <source>Changed at the last review: %1</source>
        <translation>Förändrades vid den senaste granskningen: %1</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>ingenting</translation>
    </message>
    <message>
        <source>Outcomes %1 to %2: %3 coached, %4 in competitive work (%5 %)</source>
        <translation>Utfall %1 till %2: %3 coachade, %4 i konkurrensutsatt arbete (%5&#xa0;%)</translation>
    </message>
    <message numerus="yes">
        <source>Next review due: %1 (%n month(s) after the last)</source>
        <translation>
            <numerusform>Nästa granskning senast: %1 (%n månad efter den senaste)</numerusform>
            <numerusform>Nästa granskning senast: %1 (%n månader efter den senaste)</numerusform>
        </translation>
    </message>
    <message>
        <source>No reviews yet.</source>
        <translation>Inga granskningar ännu.</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Import review files; a file already imported changes nothing.</source>
        <translation>Importera granskningsfiler; en fil som redan har importerats ändrar ingenting.</translation>
    </message>
    <message>
        <source>Review files.</source>
        <translation>Granskningsfiler.</translation>
    </message>
    <message>
        <source>expected at least one review file</source>
        <translation>väntade minst en granskningsfil</translation>
    </message>
    <message>
        <source>added</source>
        <translation>tillagd</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>ersatt</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>oförändrad</translation>
    </message>
    <message numerus="yes">
        <source>laatu-cli import: nothing was imported; the files have %n problem(s):</source>
        <translation>
            <numerusform>laatu-cli import: ingenting importerades; filerna har %n problem:</numerusform>
            <numerusform>laatu-cli import: ingenting importerades; filerna har %n problem:</numerusform>
        </translation>
    </message>
    <message>
        <source>Reads and checks every file first; if any is broken, nothing is written. Then each review is saved in one transaction. A review is matched by its UUID. A file from &apos;export-mine&apos; holds one reviewer&apos;s own ratings only and is refused: bring it in with &apos;merge&apos;.</source>
        <translation>Läser och kontrollerar först alla filer; om någon är trasig skrivs ingenting. Sedan sparas varje granskning i en transaktion. En granskning identifieras med sitt UUID. En fil från &apos;export-mine&apos; innehåller bara en bedömares egna poäng och avvisas: ta in den med &apos;merge&apos;.</translation>
    </message>
    <message>
        <source>Agree to the listed changes to sites already in the database (a site&apos;s new name, county or other details; a draft review moving to another site). Without it such a file is refused. A site with a final review is never changed by a file.</source>
        <translation>Godkänn de listade ändringarna av verksamhetsställen som redan finns i databasen (ett verksamhetsställes nya namn, välfärdsområde eller andra uppgifter; ett granskningsutkast som flyttas till ett annat verksamhetsställe). Utan det avvisas en sådan fil. Ett verksamhetsställe med en slutförd granskning ändras aldrig av en fil.</translation>
    </message>
    <message>
        <source>site change: %1</source>
        <translation>ändring av verksamhetsställe: %1</translation>
    </message>
    <message numerus="yes">
        <source>To make the %n site change(s) listed, run the import again with --accept-site-changes.</source>
        <translation>
            <numerusform>Kör importen igen med --accept-site-changes för att göra den %n listade ändringen av verksamhetsställen.</numerusform>
            <numerusform>Kör importen igen med --accept-site-changes för att göra de %n listade ändringarna av verksamhetsställen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InputFile</name>
    <message>
        <source>does not exist (no file name was given)</source>
        <translation>finns inte (inget filnamn angavs)</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>finns inte</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kan inte läsas: %1</translation>
    </message>
    <message>
        <source>is a directory</source>
        <translation>är en mapp</translation>
    </message>
    <message>
        <source>is not a regular file (a FIFO, a device or a socket)</source>
        <translation>är inte en vanlig fil (utan en FIFO, en enhet eller en socket)</translation>
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
        <translation>&quot;%1&quot; saknas</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a non-empty text</source>
        <translation>&quot;%1&quot; måste vara en text som inte är tom</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number</source>
        <translation>&quot;%1&quot; måste vara ett heltal</translation>
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
        <translation>text saknas på språket &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list</source>
        <translation>&quot;%1&quot; måste vara en lista</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>måste vara ett objekt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>&quot;%1&quot; måste vara true eller false</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large (%2; at most 1000000000)</source>
        <translation>&quot;%1&quot; är för stort (%2; högst 1000000000)</translation>
    </message>
    <message>
        <source>a language key %1</source>
        <extracomment>%1 is what the key holds, from TextRules (&quot;holds the control character U+001B at character 2&quot;)</extracomment>
        <translation>en språknyckel %1</translation>
    </message>
    <message>
        <source>the %1 text %2</source>
        <extracomment>%1 is a language code (fi, sv, en), %2 what the text holds, from TextRules (&quot;holds the control character U+001B at character 4&quot;)</extracomment>
        <translation>texten för %1 %2</translation>
    </message>
</context>
<context>
    <name>JsonDuplicateKeys</name>
    <message>
        <source>the key &quot;%1&quot; appears more than once at the top level (JSON keeps only the last one)</source>
        <translation>nyckeln &quot;%1&quot; förekommer mer än en gång på den översta nivån (JSON behåller bara den sista)</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; appears more than once in %2 (JSON keeps only the last one)</source>
        <translation>nyckeln &quot;%1&quot; förekommer mer än en gång i %2 (JSON behåller bara den sista)</translation>
    </message>
</context>
<context>
    <name>ListCommand</name>
    <message>
        <source>List the reviews: site, county, date, kind, status, total, level.</source>
        <translation>Lista granskningarna: verksamhetsställe, välfärdsområde, datum, typ, status, totalpoäng, nivå.</translation>
    </message>
    <message>
        <source>Lists every review in the database, by county and site.</source>
        <translation>Listar alla granskningar i databasen, per välfärdsområde och verksamhetsställe.</translation>
    </message>
    <message>
        <source>Print the list as JSON.</source>
        <translation>Skriv ut listan som JSON.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>oväntat argument &quot;%1&quot;</translation>
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
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>S&amp;ite</source>
        <translation>&amp;Verksamhetsställe</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Granskning</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>&amp;Analys</translation>
    </message>
    <message>
        <source>&amp;New Review…</source>
        <translation>&amp;Ny granskning…</translation>
    </message>
    <message>
        <source>&amp;Open Review</source>
        <translation>Öppna &amp;granskning</translation>
    </message>
    <message>
        <source>&amp;Follow-up Review…</source>
        <translation>&amp;Uppföljande granskning…</translation>
    </message>
    <message>
        <source>A new review of the same site with the same reviewers; the previous review&apos;s open actions and recommendations are carried over to check.</source>
        <translation>En ny granskning av samma verksamhetsställe med samma bedömare; den föregående granskningens öppna åtgärder och rekommendationer förs över för kontroll.</translation>
    </message>
    <message>
        <source>&amp;Delete Review…</source>
        <translation>&amp;Radera granskning…</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>&amp;Exportera rapport…</translation>
    </message>
    <message>
        <source>&amp;Print Report…</source>
        <translation>&amp;Skriv ut rapport…</translation>
    </message>
    <message>
        <source>One reviewer&apos;s own ratings and notes as a file, for the lead reviewer to merge on their laptop.</source>
        <translation>En bedömares egna poäng och anteckningar som en fil, som huvudbedömaren sammanfogar på sin dator.</translation>
    </message>
    <message>
        <source>&amp;Merge Reviewer&apos;s Ratings…</source>
        <translation>Sa&amp;mmanfoga en bedömares poäng…</translation>
    </message>
    <message>
        <source>Brings a reviewer&apos;s exported ratings into the same review; nothing already stored is overwritten.</source>
        <translation>Tar in en bedömares exporterade poäng i samma granskning; ingenting som redan har sparats skrivs över.</translation>
    </message>
    <message>
        <source>Site &amp;History</source>
        <translation>Verksamhetsställets &amp;historik</translation>
    </message>
    <message>
        <source>&amp;County Comparison</source>
        <translation>&amp;Jämförelse inom välfärdsområdet</translation>
    </message>
    <message>
        <source>&amp;New Site…</source>
        <translation>&amp;Nytt verksamhetsställe…</translation>
    </message>
    <message>
        <source>&amp;Rename or Edit Site…</source>
        <translation>&amp;Redigera eller byt namn på verksamhetsställe…</translation>
    </message>
    <message>
        <source>&amp;Archive Site</source>
        <translation>&amp;Arkivera verksamhetsställe</translation>
    </message>
    <message>
        <source>&amp;Criteria</source>
        <translation>&amp;Kriterier</translation>
    </message>
    <message>
        <source>C&amp;onsensus</source>
        <translation>K&amp;onsensus</translation>
    </message>
    <message>
        <source>&amp;Finalise…</source>
        <translation>&amp;Slutför…</translation>
    </message>
    <message>
        <source>&amp;Reopen…</source>
        <translation>&amp;Öppna på nytt…</translation>
    </message>
    <message>
        <source>C&amp;lose Review</source>
        <translation>St&amp;äng granskningen</translation>
    </message>
    <message>
        <source>Send to Co-re&amp;viewer…</source>
        <translation>Skicka &amp;till medbedömaren…</translation>
    </message>
    <message>
        <source>The review&apos;s frame as a file for the co-reviewer&apos;s laptop, without anyone&apos;s ratings, notes or findings, so that they rate independently.</source>
        <translation>Granskningens stomme som en fil för medbedömarens bärbara dator, utan någons poäng, anteckningar eller iakttagelser, så att medbedömaren bedömer självständigt.</translation>
    </message>
    <message>
        <source>Open Review F&amp;ile…</source>
        <translation>&amp;Öppna granskningsfil…</translation>
    </message>
    <message>
        <source>Brings in a review file: a review handed out by the lead reviewer, a whole review, or a reviewer&apos;s ratings to merge.</source>
        <translation>Tar in en granskningsfil: en granskning som huvudbedömaren har skickat, en hel granskning eller en bedömares poäng att sammanfoga.</translation>
    </message>
    <message>
        <source>Export My &amp;Ratings…</source>
        <translation>Exportera egna &amp;bedömningar…</translation>
    </message>
    <message>
        <source>Open &amp;Catalog File…</source>
        <translation>Öppna &amp;katalogfil…</translation>
    </message>
    <message>
        <source>F&amp;indings and Actions</source>
        <translation>&amp;Iakttagelser och åtgärder</translation>
    </message>
    <message>
        <source>Re&amp;veal the Sheets…</source>
        <translation>Avslöja &amp;poängen…</translation>
    </message>
    <message>
        <source>Ends independent rating: every reviewer&apos;s ratings are shown side by side for the consensus.</source>
        <translation>Avslutar den självständiga bedömningen: alla bedömares poäng visas sida vid sida inför konsensus.</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Kortkommandon</translation>
    </message>
    <message>
        <source>Who finalised or reopened the review and why, when the sheets were revealed, and what changed since.</source>
        <translation>Vem som slutförde granskningen eller öppnade den på nytt och varför, när poängen avslöjades och vad som har ändrats sedan dess.</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Användarhandbok</translation>
    </message>
    <message>
        <source>The review day step by step, two laptops, consensus, report and follow-up.</source>
        <translation>Granskningsdagen steg för steg, två bärbara datorer, konsensus, rapport och uppföljning.</translation>
    </message>
    <message>
        <source>Review Lo&amp;g…</source>
        <translation>Granskningens &amp;logg…</translation>
    </message>
    <message>
        <source>Programme &amp;Server…</source>
        <translation>&amp;Programmets server…</translation>
    </message>
    <message>
        <source>The programme&apos;s shared server, to which final reviews are published. Without one, Laatu connects nowhere.</source>
        <translation>Programmets gemensamma server, dit slutförda granskningar publiceras. Utan den ansluter Laatu ingenstans.</translation>
    </message>
    <message>
        <source>P&amp;ublish Review</source>
        <translation>&amp;Publicera granskning</translation>
    </message>
    <message>
        <source>Sends the final review to the programme server as it is now; drafts stay on this laptop.</source>
        <translation>Skickar den slutförda granskningen till programmets server sådan den är nu; utkast stannar på den här datorn.</translation>
    </message>
    <message>
        <source>Publish &amp;All Final Reviews</source>
        <translation>Publicera a&amp;lla slutförda granskningar</translation>
    </message>
    <message>
        <source>Sends every final review not yet on the programme server, and finishes any publish left unfinished.</source>
        <translation>Skickar alla slutförda granskningar som ännu inte finns på programmets server och slutför publiceringar som blivit ofullbordade.</translation>
    </message>
    <message>
        <source>Pu&amp;ll Programme Reviews</source>
        <translation>&amp;Hämta programmets granskningar</translation>
    </message>
    <message>
        <source>Brings the reviews published to the programme since the last pull into this laptop&apos;s read-only programme copy.</source>
        <translation>Hämtar granskningarna som publicerats i programmet sedan förra hämtningen till den här datorns skrivskyddade programkopia.</translation>
    </message>
</context>
<context>
    <name>MergeCommand</name>
    <message>
        <source>Merge reviewers&apos; own ratings files into their reviews.</source>
        <translation>Sammanfoga bedömares egna poängfiler med deras granskningar.</translation>
    </message>
    <message>
        <source>Merges files written by &apos;export-mine&apos; (or any review file of a review already in the database) as their reviewers: new reviewers, their ratings and new evidence are added; a value that differs on both sides is a conflict, listed, and the database&apos;s value is kept unless --take-incoming is given. Every file is checked before anything is written. Exit code %1 when conflicts were found.</source>
        <translation>Sammanfogar filer som skrivits med &apos;export-mine&apos; (eller vilken granskningsfil som helst för en granskning som redan finns i databasen) som filernas bedömare: nya bedömare, deras poäng och nytt underlag läggs till; ett värde som skiljer sig på båda hållen är en konflikt, listas, och databasens värde behålls om inte --take-incoming anges. Varje fil kontrolleras innan något skrivs. Slutkod %1 när konflikter hittades.</translation>
    </message>
    <message>
        <source>Review files.</source>
        <translation>Granskningsfiler.</translation>
    </message>
    <message>
        <source>Resolve conflicts with the file&apos;s values.</source>
        <translation>Lös konflikter med filens värden.</translation>
    </message>
    <message>
        <source>expected at least one review file</source>
        <translation>väntade minst en granskningsfil</translation>
    </message>
    <message numerus="yes">
        <source>laatu-cli merge: nothing was merged; the files have %n problem(s):</source>
        <translation>
            <numerusform>laatu-cli merge: ingenting sammanfogades; filerna har %n problem:</numerusform>
            <numerusform>laatu-cli merge: ingenting sammanfogades; filerna har %n problem:</numerusform>
        </translation>
    </message>
    <message>
        <source>merged</source>
        <translation>sammanfogad</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>oförändrad</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 %3: %n reviewer(s) added</source>
        <translation>
            <numerusform>%1 %2 %3: %n bedömare tillagd</numerusform>
            <numerusform>%1 %2 %3: %n bedömare tillagda</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n rating(s) added</source>
        <translation>
            <numerusform>, %n bedömning tillagd</numerusform>
            <numerusform>, %n bedömningar tillagda</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n evidence entry(ies) added</source>
        <translation>
            <numerusform>, %n post om underlag tillagd</numerusform>
            <numerusform>, %n poster om underlag tillagda</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n unchanged</source>
        <translation>
            <numerusform>, %n oförändrad</numerusform>
            <numerusform>, %n oförändrade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n conflict(s)</source>
        <translation>
            <numerusform>, %n konflikt</numerusform>
            <numerusform>, %n konflikter</numerusform>
        </translation>
    </message>
    <message>
        <source>took the file&apos;s value: </source>
        <translation>tog filens värde: </translation>
    </message>
    <message>
        <source>kept: </source>
        <translation>behöll: </translation>
    </message>
    <message>
        <source>laatu-cli merge: conflicts were found; the values in the database were kept. Run again with --take-incoming to use the file&apos;s values.</source>
        <translation>laatu-cli merge: konflikter hittades; värdena i databasen behölls. Kör på nytt med --take-incoming för att använda filens värden.</translation>
    </message>
    <message>
        <source>The evidence workbook&apos;s coach and record rows are merged row by row: a new row is added, a differing code or value is a conflict like any other, and no row is dropped.</source>
        <translation>Arbetsbokens rader för arbetsspecialister och klientjournaler sammanfogas rad för rad: en ny rad läggs till, en avvikande kod eller ett avvikande värde är en konflikt som alla andra, och ingen rad tas bort.</translation>
    </message>
    <message>
        <source>Check the files and show what would be added and which conflicts there are; write nothing.</source>
        <translation>Kontrollera filerna och visa vad som skulle läggas till och vilka konflikter det finns; ingenting skrivs.</translation>
    </message>
    <message>
        <source>would merge</source>
        <translation>skulle sammanfogas</translation>
    </message>
    <message numerus="yes">
        <source>, %n coach row(s) added</source>
        <translation>
            <numerusform>, %n arbetsspecialistrad tillagd</numerusform>
            <numerusform>, %n arbetsspecialistrader tillagda</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n record row(s) added</source>
        <translation>
            <numerusform>, %n journalrad tillagd</numerusform>
            <numerusform>, %n journalrader tillagda</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n workbook value(s) filled in</source>
        <translation>
            <numerusform>, %n värde i arbetsboken ifyllt</numerusform>
            <numerusform>, %n värden i arbetsboken ifyllda</numerusform>
        </translation>
    </message>
    <message>
        <source>would take the file&apos;s value: </source>
        <translation>skulle ta filens värde: </translation>
    </message>
    <message>
        <source>would keep: </source>
        <translation>skulle behålla: </translation>
    </message>
    <message numerus="yes">
        <source>%n record row(s) of the file not added: this review&apos;s record sample was cleared, and a merge does not bring it back.</source>
        <translation>
            <numerusform>%n journalrad i filen lades inte till: journalurvalet i den här granskningen har rensats, och en sammanfogning återställer det inte.</numerusform>
            <numerusform>%n journalrader i filen lades inte till: journalurvalet i den här granskningen har rensats, och en sammanfogning återställer det inte.</numerusform>
        </translation>
    </message>
    <message>
        <source>laatu-cli merge: a dry run; nothing was written.</source>
        <translation>laatu-cli merge: en provkörning; ingenting skrevs.</translation>
    </message>
</context>
<context>
    <name>MergeConflictDialog</name>
    <message>
        <source>Differences in the Reviewer&apos;s File</source>
        <translation>Skillnader i bedömarens fil</translation>
    </message>
    <message>
        <source>This database and the file hold different values for the entries below. Choose for each which value the review keeps: Space switches the selected rows. Nothing is merged until you press OK.</source>
        <translation>Den här databasen och filen har olika värden för posterna nedan. Välj för var och en vilket värde granskningen behåller: mellanslag växlar de markerade raderna. Ingenting sammanfogas förrän du trycker på OK.</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Skillnader</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>What differs</source>
        <translation>Vad som skiljer sig</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Här</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>I filen</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Val</translation>
    </message>
    <message>
        <source>&amp;Keep All Here</source>
        <translation>&amp;Behåll alla här</translation>
    </message>
    <message>
        <source>&amp;Take All from File</source>
        <translation>&amp;Ta alla från filen</translation>
    </message>
</context>
<context>
    <name>MergeConflictText</name>
    <message>
        <source>Rating by %1</source>
        <translation>Poäng från %1</translation>
    </message>
    <message>
        <source>The review&apos;s figure: %1</source>
        <translation>Granskningens siffra: %1</translation>
    </message>
    <message>
        <source>The review&apos;s checklist: %1</source>
        <translation>Granskningens checklista: %1</translation>
    </message>
    <message>
        <source>present</source>
        <translation>förverkligas</translation>
    </message>
    <message>
        <source>not present</source>
        <translation>förverkligas inte</translation>
    </message>
    <message>
        <source>The review&apos;s note: %1</source>
        <translation>Granskningens anteckning: %1</translation>
    </message>
    <message>
        <source>Name of a reviewer</source>
        <translation>En bedömares namn</translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <translation>”%1”</translation>
    </message>
    <message>
        <source>%1: %2 here, %3 in the file</source>
        <translation>%1: %2 här, %3 i filen</translation>
    </message>
    <message>
        <source>%1 – %2: %3 here, %4 in the file</source>
        <translation>%1 – %2: %3 här, %4 i filen</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>Code of a coach row</source>
        <translation>Kod för en arbetsspecialistrad</translation>
    </message>
    <message>
        <source>Code of a record row</source>
        <translation>Kod för en journalrad</translation>
    </message>
    <message>
        <source>Coach %1, %2</source>
        <translation>Arbetsspecialist %1, %2</translation>
    </message>
    <message>
        <source>Record %1, %2</source>
        <translation>Klientjournal %1, %2</translation>
    </message>
</context>
<context>
    <name>NewReviewWizard</name>
    <message>
        <source>New Review</source>
        <translation>Ny granskning</translation>
    </message>
    <message>
        <source>Site and visit</source>
        <translation>Verksamhetsställe och besök</translation>
    </message>
    <message>
        <source>Which service is reviewed, how, and when the visit is.</source>
        <translation>Vilken tjänst som granskas, hur och när besöket görs.</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Verksamhetsställe:</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Verksamhetsställe</translation>
    </message>
    <message>
        <source>&amp;New Site…</source>
        <translation>&amp;Nytt verksamhetsställe…</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <source>Kind of review</source>
        <translation>Typ av granskning</translation>
    </message>
    <message>
        <source>First day of the visit</source>
        <translation>Besökets första dag</translation>
    </message>
    <message>
        <source>Visit &amp;ends:</source>
        <translation>Besöket &amp;slutar:</translation>
    </message>
    <message>
        <source>Last day of the visit</source>
        <translation>Besökets sista dag</translation>
    </message>
    <message>
        <source>Reviewers and catalog</source>
        <translation>Bedömare och katalog</translation>
    </message>
    <message>
        <source>Each reviewer rates on their own first; the consensus comes after. One reviewer is enough for a self-assessment.</source>
        <translation>Varje bedömare bedömer först på egen hand; konsensus kommer efteråt. För en självvärdering räcker det med en bedömare.</translation>
    </message>
    <message>
        <source>Reviewer &amp;1:</source>
        <translation>Bedömare &amp;1:</translation>
    </message>
    <message>
        <source>First reviewer</source>
        <translation>Första bedömaren</translation>
    </message>
    <message>
        <source>Reviewer &amp;2:</source>
        <translation>Bedömare &amp;2:</translation>
    </message>
    <message>
        <source>Second reviewer</source>
        <translation>Andra bedömaren</translation>
    </message>
    <message>
        <source>Reviewer &amp;3:</source>
        <translation>Bedömare &amp;3:</translation>
    </message>
    <message>
        <source>Third reviewer (optional)</source>
        <translation>Tredje bedömaren (frivillig)</translation>
    </message>
    <message>
        <source>Catalog:</source>
        <translation>Katalog:</translation>
    </message>
    <message>
        <source>Visit s&amp;tarts:</source>
        <translation>Besöket &amp;börjar:</translation>
    </message>
</context>
<context>
    <name>OutboxRepository</name>
    <message>
        <source>listing the final reviews to publish</source>
        <translation>listningen av de slutförda granskningar som ska publiceras</translation>
    </message>
    <message>
        <source>reading review %1 to publish</source>
        <translation>läsningen av granskning %1 för publicering</translation>
    </message>
    <message>
        <source>Review %1 was pulled from the programme; only its own reviewer publishes it.</source>
        <translation>Granskning %1 har hämtats från programmet; bara dess egen bedömare publicerar den.</translation>
    </message>
    <message>
        <source>Review %1 is not final; only final reviews are published, drafts stay on this laptop.</source>
        <translation>Granskning %1 är inte slutförd; bara slutförda granskningar publiceras, utkast stannar på den här datorn.</translation>
    </message>
    <message>
        <source>reading what was published</source>
        <translation>läsningen av det som har publicerats</translation>
    </message>
    <message>
        <source>noting what was published</source>
        <translation>registreringen av det som har publicerats</translation>
    </message>
</context>
<context>
    <name>OutcomeCommand</name>
    <message>
        <source>Set a site&apos;s outcomes for a period: people coached, people in competitive work.</source>
        <translation>Ange ett verksamhetsställes utfall för en period: coachade personer, personer i konkurrensutsatt arbete.</translation>
    </message>
    <message>
        <source>Stores how many people the site coached in a period and how many of them were in competitive work; the same period again corrects it. &apos;history&apos; shows the employment rate beside the fidelity trend.</source>
        <translation>Lagrar hur många personer verksamhetsstället coachade under en period och hur många av dem som var i konkurrensutsatt arbete; samma period på nytt korrigerar uppgifterna. &apos;history&apos; visar sysselsättningsgraden bredvid utvecklingen av metodtroheten.</translation>
    </message>
    <message>
        <source>Site name or UUID.</source>
        <translation>Verksamhetsställets namn eller UUID.</translation>
    </message>
    <message>
        <source>First day of the period.</source>
        <translation>Periodens första dag.</translation>
    </message>
    <message>
        <source>Last day of the period.</source>
        <translation>Periodens sista dag.</translation>
    </message>
    <message>
        <source>People coached.</source>
        <translation>Coachade personer.</translation>
    </message>
    <message>
        <source>Of them, people in competitive work.</source>
        <translation>Av dem personer i konkurrensutsatt arbete.</translation>
    </message>
    <message>
        <source>expected one site name or UUID</source>
        <translation>väntade ett namn eller UUID för ett verksamhetsställe</translation>
    </message>
    <message>
        <source>--from and --to need dates like 2025-01-31</source>
        <translation>--from och --to behöver datum i formen 2025-01-31</translation>
    </message>
    <message>
        <source>--coached and --employed need whole numbers</source>
        <translation>--coached och --employed behöver heltal</translation>
    </message>
    <message>
        <source>%1, %2 to %3: %4 coached, %5 in competitive work (%6 %).</source>
        <translation>%1, %2 till %3: %4 coachade, %5 i konkurrensutsatt arbete (%6&#xa0;%).</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <source>Outcomes of a Period</source>
        <translation>Utfall för en period</translation>
    </message>
    <message>
        <source>People coached during the period, and how many of them were in competitive work. Entering a period again corrects its figures.</source>
        <translation>Coachade personer under perioden och hur många av dem som var i konkurrensutsatt arbete. Om en period matas in på nytt korrigeras dess siffror.</translation>
    </message>
    <message>
        <source>Period &amp;starts:</source>
        <translation>Perioden &amp;börjar:</translation>
    </message>
    <message>
        <source>Period &amp;ends:</source>
        <translation>Perioden &amp;slutar:</translation>
    </message>
    <message>
        <source>People &amp;coached:</source>
        <translation>&amp;Coachade personer:</translation>
    </message>
    <message>
        <source>People in competitive &amp;work:</source>
        <translation>Personer i &amp;konkurrensutsatt arbete:</translation>
    </message>
    <message>
        <source>Employment rate:</source>
        <translation>Sysselsättningsgrad:</translation>
    </message>
</context>
<context>
    <name>OutcomeRepository</name>
    <message>
        <source>The period needs a start and an end date.</source>
        <translation>Perioden behöver ett start- och ett slutdatum.</translation>
    </message>
    <message>
        <source>The period ends (%1) before it starts (%2).</source>
        <translation>Perioden slutar (%1) innan den börjar (%2).</translation>
    </message>
    <message>
        <source>The numbers of people cannot be negative.</source>
        <translation>Antalet personer kan inte vara negativt.</translation>
    </message>
    <message>
        <source>More people in competitive work (%1) than coached (%2).</source>
        <translation>Fler personer i konkurrensutsatt arbete (%1) än coachade (%2).</translation>
    </message>
    <message>
        <source>saving the outcomes of %1 to %2</source>
        <translation>sparandet av utfallen för %1 till %2</translation>
    </message>
    <message>
        <source>There is no site %1.</source>
        <translation>Det finns inget verksamhetsställe %1.</translation>
    </message>
    <message>
        <source>removing the outcomes of %1 to %2</source>
        <translation>borttagningen av utfallen för %1 till %2</translation>
    </message>
    <message>
        <source>There are no outcomes for %1 to %2 to remove.</source>
        <translation>Det finns inga utfall för %1 till %2 att ta bort.</translation>
    </message>
    <message>
        <source>reading the outcomes</source>
        <translation>läsningen av utfallen</translation>
    </message>
</context>
<context>
    <name>OwnReviewsOnly</name>
    <message>
        <source>leaving the programme&apos;s reviews out</source>
        <translation>uteslutningen av programmets granskningar</translation>
    </message>
</context>
<context>
    <name>PlanCommand</name>
    <message>
        <source>The file to write, ending in .pdf or .odt.</source>
        <translation>Filen som ska skrivas, med ändelsen .pdf eller .odt.</translation>
    </message>
    <message>
        <source>The language of the letter or of the built-in template: fi, sv or en (default: the user interface language).</source>
        <translation>Språket för brevet eller den inbyggda mallen: fi, sv eller en (standard: användargränssnittets språk).</translation>
    </message>
    <message>
        <source>Start the review&apos;s visit plan from a template (the built-in one in --lang, or --template FILE).</source>
        <translation>Skapa granskningens besöksprogram utifrån en mall (den inbyggda på språket i --lang, eller --template FILE).</translation>
    </message>
    <message>
        <source>An organisation&apos;s own visit plan template (JSON, format &quot;laatu-visit-plan-template&quot;).</source>
        <translation>En organisations egen mall för besöksprogram (JSON, format &quot;laatu-visit-plan-template&quot;).</translation>
    </message>
    <message>
        <source>With --from-template: replace a plan the review already has.</source>
        <translation>Med --from-template: ersätt ett besöksprogram som granskningen redan har.</translation>
    </message>
    <message>
        <source>laatu-cli plan: %1 is not a usable visit plan template:</source>
        <translation>laatu-cli plan: %1 kan inte användas som mall för besöksprogram:</translation>
    </message>
    <message>
        <source>laatu-cli plan: review %1 already has a visit plan of %2 items; add --replace to start again from the template.</source>
        <translation>laatu-cli plan: granskning %1 har redan ett besöksprogram med %2 punkter; lägg till --replace för att börja om från mallen.</translation>
    </message>
    <message>
        <source>Started the visit plan of review %1 with %2 items over %3 days.</source>
        <translation>Besöksprogrammet för granskning %1 har skapats med %2 punkter under %3 dagar.</translation>
    </message>
    <message>
        <source>laatu-cli plan: %1</source>
        <translation>laatu-cli plan: %1</translation>
    </message>
    <message>
        <source>Wrote the visit plan of %1 to %2 (OpenDocument text).</source>
        <translation>Skrev besöksprogrammet för %1 till %2 (OpenDocument-text).</translation>
    </message>
    <message>
        <source>Wrote the visit plan of %1 (%2 pages) to %3.</source>
        <translation>Skrev besöksprogrammet för %1 (%2 sidor) till %3.</translation>
    </message>
    <message>
        <source>Start a review&apos;s visit plan from a template, or write it as a letter (PDF or ODT).</source>
        <translation>Skapa en gransknings besöksprogram utifrån en mall, eller skriv det som ett brev (PDF eller ODT).</translation>
    </message>
    <message>
        <source>The agenda of a review&apos;s site visit. With --out, writes it as the letter sent to the service: the service, the visit dates and the reviewers, then a table per day with time, what, with whom and where; the file name&apos;s ending chooses the format: .pdf (A4) or .odt (to edit in a word processor). With --from-template, starts the review&apos;s plan from the built-in template in --lang or from --template FILE.</source>
        <translation>Programmet för en gransknings granskningsbesök. Med --out skrivs det som brevet som skickas till tjänsten: tjänsten, besöksdagarna och bedömarna, sedan en tabell per dag med tid, innehåll, deltagare och plats; filnamnets ändelse avgör formatet: .pdf (A4) eller .odt (för redigering i ett ordbehandlingsprogram). Med --from-template skapas granskningens besöksprogram utifrån den inbyggda mallen på språket i --lang eller utifrån --template FILE.</translation>
    </message>
    <message>
        <source>Review number or UUID.</source>
        <translation>Granskningens nummer eller UUID.</translation>
    </message>
    <message>
        <source>expected one review number or UUID</source>
        <translation>väntade ett granskningsnummer eller UUID</translation>
    </message>
    <message>
        <source>give either --out FILE or --from-template</source>
        <translation>ange antingen --out FILE eller --from-template</translation>
    </message>
    <message>
        <source>--template and --replace go with --from-template</source>
        <translation>--template och --replace används med --from-template</translation>
    </message>
    <message>
        <source>--out must name a file ending in .pdf or .odt, not &quot;%1&quot;</source>
        <translation>--out måste ange en fil med ändelsen .pdf eller .odt, inte &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--lang must be fi, sv or en, not &quot;%1&quot;</source>
        <translation>--lang måste vara fi, sv eller en, inte &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>PrivateFiles</name>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 är inte en mapp</translation>
    </message>
    <message>
        <source>the folder %1 cannot be created</source>
        <translation>mappen %1 kan inte skapas</translation>
    </message>
</context>
<context>
    <name>ProgrammeCopyRepository</name>
    <message>
        <source>reading the state of the programme copy</source>
        <translation>läsningen av statusen för programmets kopia</translation>
    </message>
    <message>
        <source>reading the programme copy</source>
        <translation>läsningen av programmets kopia</translation>
    </message>
    <message numerus="yes">
        <source>storing %n review(s) pulled from the programme</source>
        <translation>
            <numerusform>lagringen av %n granskning som hämtats från programmet</numerusform>
            <numerusform>lagringen av %n granskningar som hämtats från programmet</numerusform>
        </translation>
    </message>
    <message>
        <source>noting the time of the pull</source>
        <translation>registreringen av tidpunkten för hämtningen</translation>
    </message>
    <message>
        <source>removing the programme copy</source>
        <translation>borttagningen av programmets kopia</translation>
    </message>
    <message>
        <source>A pulled review was rated against catalog %1 version %2, which this laptop does not know. Load that catalog (laatu-cli catalog) and pull again.</source>
        <translation>En hämtad granskning har bedömts enligt katalog %1 version %2, som den här datorn inte känner till. Läs in den katalogen (laatu-cli catalog) och hämta igen.</translation>
    </message>
</context>
<context>
    <name>ProgrammeError</name>
    <message>
        <source>The programme server refused %1: this login is not allowed to (SQLSTATE 42501, %2). Ask the programme&apos;s administrator which counties you are assigned to.</source>
        <translation>Programmets server vägrade %1: det här användarkontot har inte behörighet till det (SQLSTATE 42501, %2). Fråga programmets administratör vilka välfärdsområden du har tilldelats.</translation>
    </message>
    <message>
        <source>The connection to the programme server was lost or could not be made while %1: %2</source>
        <translation>Anslutningen till programmets server bröts eller kunde inte upprättas vid %1: %2</translation>
    </message>
    <message>
        <source>The programme server refused the connection while %1: %2</source>
        <translation>Programmets server avvisade anslutningen vid %1: %2</translation>
    </message>
    <message>
        <source>The programme server reported an error while %1 (SQLSTATE %2): %3</source>
        <translation>Programmets server rapporterade ett fel vid %1 (SQLSTATE %2): %3</translation>
    </message>
</context>
<context>
    <name>ProgrammePublisher</name>
    <message>
        <source>publishing review %1</source>
        <translation>publiceringen av granskning %1</translation>
    </message>
    <message>
        <source>revision %1 of review %2 is already published with other content (SHA-256 %3, this laptop&apos;s is %4); the server keeps the first and lists this one as a conflict</source>
        <translation>revision %1 av granskning %2 är redan publicerad med annat innehåll (SHA-256 %3, den här datorns är %4); servern behåller den första och listar den här som en konflikt</translation>
    </message>
    <message>
        <source>The server did not confirm %1.</source>
        <translation>Servern bekräftade inte %1.</translation>
    </message>
    <message>
        <source>The server computed another SHA-256 for review %1 than this laptop; nothing was published.</source>
        <translation>Servern beräknade en annan SHA-256 för granskning %1 än den här datorn; ingenting publicerades.</translation>
    </message>
</context>
<context>
    <name>ProgrammePuller</name>
    <message>
        <source>pulling the programme&apos;s reviews</source>
        <translation>hämtningen av programmets granskningar</translation>
    </message>
    <message>
        <source>its text does not match its SHA-256</source>
        <translation>dess text stämmer inte med dess SHA-256</translation>
    </message>
    <message>
        <source>it is a partial review file</source>
        <translation>den är en ofullständig granskningsfil</translation>
    </message>
    <message>
        <source>Snapshot %1 on the server cannot be taken into the programme copy: %2. The copy holds everything before it.</source>
        <translation>Ögonblicksbild %1 på servern kan inte tas in i programmets kopia: %2. Kopian innehåller allt före den.</translation>
    </message>
</context>
<context>
    <name>PublishCommand</name>
    <message>
        <source>Publish final reviews to the programme server (same snapshot again: no change).</source>
        <translation>Publicera slutförda granskningar på programmets server (samma ögonblicksbild igen: ingen ändring).</translation>
    </message>
    <message>
        <source>Sends each final review as an immutable snapshot, one server transaction per review. A review is marked published only after the server&apos;s COMMIT; one left pending by a lost connection is finished by the next publish. The same revision with other content is a conflict: listed, never overwritten. Drafts stay on this laptop.</source>
        <translation>Skickar varje slutförd granskning som en oföränderlig ögonblicksbild, en servertransaktion per granskning. En granskning markeras som publicerad först efter serverns COMMIT; en som blivit väntande på grund av en bruten anslutning slutförs vid nästa publicering. Samma revision med annat innehåll är en konflikt: den listas men skrivs aldrig över. Utkast stannar på den här datorn.</translation>
    </message>
    <message>
        <source>Reviews by their number in &apos;list&apos; or their UUID.</source>
        <translation>Granskningar med sitt nummer i &apos;list&apos; eller sitt UUID.</translation>
    </message>
    <message>
        <source>Every final review of this laptop&apos;s own.</source>
        <translation>Alla den här datorns egna slutförda granskningar.</translation>
    </message>
    <message>
        <source>give review numbers or UUIDs, or --all-final</source>
        <translation>ange granskningsnummer eller UUID:n, eller --all-final</translation>
    </message>
    <message>
        <source>no programme server is configured: give --url postgresql://USER@HOST/DATABASE (nothing was connected)</source>
        <translation>ingen server för programmet har konfigurerats: ange --url postgresql://USER@HOST/DATABASE (ingen anslutning gjordes)</translation>
    </message>
    <message>
        <source>laatu-cli publish: %1</source>
        <translation>laatu-cli publish: %1</translation>
    </message>
    <message>
        <source>published</source>
        <translation>publicerad</translation>
    </message>
    <message>
        <source>already-published</source>
        <translation>redan-publicerad</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>konflikt</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>avvisad</translation>
    </message>
    <message>
        <source>Published %1, already published %2, conflicts %3, refused %4, pending %5</source>
        <translation>Publicerade %1, redan publicerade %2, konflikter %3, avvisade %4, väntande %5</translation>
    </message>
</context>
<context>
    <name>PullCommand</name>
    <message>
        <source>Pull the programme&apos;s published reviews into this laptop&apos;s read-only copy.</source>
        <translation>Hämta programmets publicerade granskningar till den här datorns skrivskyddade kopia.</translation>
    </message>
    <message>
        <source>Fetches what was published since the last pull (what this login may read) into the read-only programme copy; compare, history and export-csv count those reviews like this laptop&apos;s own (--own-only leaves them out). This laptop&apos;s own reviews are never replaced.</source>
        <translation>Hämtar det som har publicerats sedan förra hämtningen (det som det här användarkontot får läsa) till programmets skrivskyddade kopia; compare, history och export-csv räknar med de granskningarna på samma sätt som den här datorns egna (--own-only utesluter dem). Den här datorns egna granskningar ersätts aldrig.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>oväntat argument &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no programme server is configured: give --url postgresql://USER@HOST/DATABASE (nothing was connected)</source>
        <translation>ingen server för programmet har konfigurerats: ange --url postgresql://USER@HOST/DATABASE (ingen anslutning gjordes)</translation>
    </message>
    <message>
        <source>Received %1: added %2, newer revision %3, unchanged %4, own (left alone) %5; up to snapshot %6</source>
        <translation>Mottagna %1: tillagda %2, nyare revision %3, oförändrade %4, egna (lämnade orörda) %5; fram till ögonblicksbild %6</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Back</source>
        <translation>Bakåt</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Framåt</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Överordnad mapp</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Skapa ny mapp</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Listvy</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Detaljvy</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>Sök i:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>Fil&amp;namn:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Filtyp:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öppna</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Välj</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Spara som</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Ny mapp</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Visa &amp;dolda filer</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Byt namn</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Mapp:</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Mappar</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Alla filer (*)</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Visa detaljer…</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Dölj detaljer…</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Spara alla</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ja till &amp;alla</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nej</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;ej till alla</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Försök igen</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorera</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Kasta</translation>
    </message>
    <message>
        <source>Don&apos;t Save</source>
        <translation>Spara inte</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Stäng utan att spara</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hjälp</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Verkställ</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Återställ standardvärden</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Tillbaka</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Nästa &gt;</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Nästa</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Slutför</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hjälp</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>Gå tillbaka</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Fortsätt</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Verkställ</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
</context>
<context>
    <name>RaterFileMerger</name>
    <message>
        <source>review %1 is not in this database; a file with a whole review is brought in with import, not merge</source>
        <translation>granskning %1 finns inte i den här databasen; en fil med en hel granskning tas in med import, inte med merge</translation>
    </message>
    <message>
        <source>review %1 is not in this database; import the whole review first, then merge this reviewer&apos;s file into it</source>
        <translation>granskning %1 finns inte i den här databasen; importera först hela granskningen och sammanfoga sedan den här bedömarens fil med den</translation>
    </message>
    <message>
        <source>the file was rated against catalog %1 %2, the review here against %3 %4; they cannot be merged</source>
        <translation>filen bedömdes enligt katalog %1 %2, granskningen här enligt %3 %4; de kan inte sammanfogas</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>review %1 would have more than 10 reviewers after the merge; nothing was merged</source>
        <translation>granskning %1 skulle ha fler än 10 bedömare efter sammanfogningen; ingenting sammanfogades</translation>
    </message>
    <message>
        <source>the file&apos;s review %1 is a review of site &quot;%2&quot; (%3) created %4, the review here of site &quot;%5&quot; (%6) created %7: they are not the same review</source>
        <translation>filens granskning %1 är en granskning av verksamhetsstället &quot;%2&quot; (%3) skapad %4, granskningen här en granskning av verksamhetsstället &quot;%5&quot; (%6) skapad %7: de är inte samma granskning</translation>
    </message>
    <message>
        <source>review %1 would have more than %2 coach or record rows after the merge; nothing was merged</source>
        <translation>granskning %1 skulle ha fler än %2 rader för arbetsspecialister eller klientjournaler efter sammanfogningen; ingenting sammanfogades</translation>
    </message>
</context>
<context>
    <name>RaterLookup</name>
    <message>
        <source>The review %1 has no reviewers yet.</source>
        <translation>Granskning %1 har ännu inga bedömare.</translation>
    </message>
    <message>
        <source>The review %1 has no reviewer &quot;%2&quot;; its reviewers are: %3.</source>
        <translation>Granskning %1 har ingen bedömare &quot;%2&quot;; dess bedömare är: %3.</translation>
    </message>
    <message>
        <source>Several reviewers of review %1 are called &quot;%2&quot;; give the UUID instead: %3.</source>
        <translation>Flera bedömare i granskning %1 heter &quot;%2&quot;; ange UUID i stället: %3.</translation>
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
        <translation>poäng %1 (%2) är &quot;%3&quot;; använd ett heltal %4-%5 eller - för inte bedömt</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Self-assessment</source>
        <translation>Självvärdering</translation>
    </message>
    <message>
        <source>External review</source>
        <translation>Extern granskning</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>Consensus agreed</source>
        <translation>Konsensus uppnådd</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Slutförd</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Avförd</translation>
    </message>
    <message>
        <source>Fidelity self-assessment report</source>
        <translation>Rapport över självvärdering av metodtrohet</translation>
    </message>
    <message>
        <source>Fidelity review report</source>
        <translation>Rapport över granskning av metodtrohet</translation>
    </message>
    <message>
        <source>Site visit</source>
        <translation>Granskningsbesök</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Wellbeing services county</source>
        <translation>Välfärdsområde</translation>
    </message>
    <message>
        <source>Review kind</source>
        <translation>Typ av granskning</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation>Bedömare</translation>
    </message>
    <message>
        <source>Criteria set</source>
        <translation>Kriteriekatalog</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, version %2</translation>
    </message>
    <message>
        <source>Created with Laatu %1 on %2</source>
        <translation>Skapad med Laatu %1 den %2</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <source>Not determined</source>
        <translation>Inte fastställd</translation>
    </message>
    <message>
        <source>Total score</source>
        <translation>Totalpoäng</translation>
    </message>
    <message>
        <source>Mean rating</source>
        <translation>Medelvärde</translation>
    </message>
    <message>
        <source>Fidelity level</source>
        <translation>Nivå av metodtrohet</translation>
    </message>
    <message>
        <source>The review is not complete: %1 of %2 criteria have a consensus rating (%3 points so far). The total, the mean and the level are given when every criterion is rated.</source>
        <translation>Granskningen är inte fullständig: %1 av %2 kriterier har en konsensuspoäng (hittills %3 poäng). Totalpoäng, medelvärde och nivå anges när alla kriterier har bedömts.</translation>
    </message>
    <message>
        <source>Fidelity levels</source>
        <translation>Nivåer av metodtrohet</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalpoäng</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Section subtotals</source>
        <translation>Delsummor per avsnitt</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Avsnitt</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Kriterier</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Poäng</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Medelvärde</translation>
    </message>
    <message>
        <source>Ratings by criterion</source>
        <translation>Poäng per kriterium</translation>
    </message>
    <message>
        <source>The consensus rating of each criterion, 1 to 5, coloured by section.</source>
        <translation>Konsensuspoängen för varje kriterium, 1–5, färgade enligt avsnitt.</translation>
    </message>
    <message>
        <source>Previous review</source>
        <translation>Föregående granskning</translation>
    </message>
    <message>
        <source>Criteria and ratings</source>
        <translation>Kriterier och poäng</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Poäng</translation>
    </message>
    <message>
        <source>What the rating means</source>
        <translation>Vad poängen betyder</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Underlag</translation>
    </message>
    <message>
        <source>Not rated yet</source>
        <translation>Ännu inte bedömt</translation>
    </message>
    <message>
        <source>Agreement between reviewers</source>
        <translation>Överensstämmelse mellan bedömarna</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%1 av %2 (%3)</translation>
    </message>
    <message>
        <source>Same rating</source>
        <translation>Samma poäng</translation>
    </message>
    <message>
        <source>Within one point</source>
        <translation>Högst en poängs skillnad</translation>
    </message>
    <message>
        <source>Two points or more apart</source>
        <translation>Två poängs skillnad eller mer</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>Konsensus</translation>
    </message>
    <message>
        <source>Strengths and recommendations</source>
        <translation>Styrkor och rekommendationer</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Styrkor</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Rekommendationer</translation>
    </message>
    <message>
        <source>No strengths or recommendations were written.</source>
        <translation>Inga styrkor eller rekommendationer skrevs.</translation>
    </message>
    <message>
        <source>The service as a whole</source>
        <translation>Tjänsten som helhet</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Åtgärdsplan</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Senast</translation>
    </message>
    <message>
        <source>No actions were agreed.</source>
        <translation>Inga åtgärder överenskoms.</translation>
    </message>
    <message>
        <source>Change since the previous review</source>
        <translation>Förändring sedan föregående granskning</translation>
    </message>
    <message>
        <source>Compared with the previous review of the site: %1, site visit %2.</source>
        <translation>Jämfört med verksamhetsställets föregående granskning: %1, granskningsbesök %2.</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Föregående</translation>
    </message>
    <message>
        <source>This review</source>
        <translation>Denna granskning</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Förändring</translation>
    </message>
    <message>
        <source>Evidence notes</source>
        <translation>Anteckningar om underlag</translation>
    </message>
    <message>
        <source>The reviewers&apos; notes by criterion and source of evidence.</source>
        <translation>Bedömarnas anteckningar per kriterium och underlagskälla.</translation>
    </message>
    <message>
        <source>Reason for the consensus</source>
        <translation>Motivering till konsensus</translation>
    </message>
    <message>
        <source>No notes were written.</source>
        <translation>Inga anteckningar skrevs.</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Underskrifter</translation>
    </message>
    <message>
        <source>Place and date</source>
        <translation>Ort och datum</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Underskrift</translation>
    </message>
    <message>
        <source>Elements present: %1 of %2</source>
        <translation>Element som förverkligas: %1 av %2</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Anteckningar: %1</translation>
    </message>
    <message>
        <source>Weighted kappa (quadratic weights)</source>
        <translation>Viktad kappa (kvadratiska vikter)</translation>
    </message>
    <message>
        <source>%1 reviewers rated the criteria independently before they agreed the consensus ratings. The figures are of the %2 of %3 criteria that each of them rated.</source>
        <translation>%1 bedömare bedömde kriterierna självständigt innan de kom överens om konsensuspoängen. Siffrorna gäller de %2 av %3 kriterier som var och en av dem bedömde.</translation>
    </message>
    <message>
        <source>The reviewers gave the same rating to each of these %1 criteria.</source>
        <translation>Bedömarna gav samma poäng för vart och ett av dessa %1 kriterier.</translation>
    </message>
    <message>
        <source>Reasons for differences of two points or more</source>
        <translation>Motiveringar till skillnader på två poäng eller mer</translation>
    </message>
    <message>
        <source>No reason has been written.</source>
        <translation>Ingen motivering har skrivits.</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>UTKAST</translation>
    </message>
    <message>
        <source>Data request for the site visit</source>
        <translation>Uppgiftsbegäran inför granskningsbesöket</translation>
    </message>
    <message>
        <source>If anything in this request is unclear, or a document does not exist in the form asked for, please contact the reviewers before the visit.</source>
        <translation>Om något i denna begäran är oklart, eller om ett dokument inte finns i den form som efterfrågas, ber vi er kontakta bedömarna före besöket.</translation>
    </message>
    <message>
        <source>Date of the request</source>
        <translation>Datum för begäran</translation>
    </message>
    <message>
        <source>We will review the service against the quality criteria on the dates above. To make the best use of the visit, please have the documents and figures listed below ready by its first day. We go through them with you on site; nothing needs to be sent in advance or written specially for the visit. Each item names the criterion it serves.</source>
        <translation>Vi granskar tjänsten enligt kvalitetskriterierna på de datum som anges ovan. För att besöket ska bli så givande som möjligt ber vi er ha de dokument och siffror som räknas upp nedan klara senast besökets första dag. Vi går igenom dem tillsammans med er på plats; ingenting behöver skickas i förväg eller skrivas särskilt för besöket. Vid varje punkt anges vilket kriterium den gäller.</translation>
    </message>
    <message>
        <source>What to have ready</source>
        <translation>Att ha klart till besöket</translation>
    </message>
    <message>
        <source>Document or figure</source>
        <translation>Dokument eller siffra</translation>
    </message>
    <message>
        <source>For criterion</source>
        <translation>Gäller kriterium</translation>
    </message>
    <message>
        <source>This criteria set names no documents to prepare. The reviewers will agree with you what to look at, guided by the evidence listed for each criterion below.</source>
        <translation>Den här kriteriekatalogen anger inga dokument som ska förberedas. Bedömarna kommer överens med er om vad som ska gås igenom, med stöd av det underlag som anges för varje kriterium nedan.</translation>
    </message>
    <message>
        <source>For each job coach</source>
        <translation>För varje arbetsspecialist</translation>
    </message>
    <message>
        <source>For each client record in the sample</source>
        <translation>För varje klientjournal i urvalet</translation>
    </message>
    <message>
        <source>Figures we will compute on the visit</source>
        <translation>Siffror som vi räknar fram under besöket</translation>
    </message>
    <message>
        <source>On the visit we fill in the figures below together with you; the numbers of the criteria are computed from them. Having them at hand saves time.</source>
        <translation>Under besöket fyller vi i siffrorna nedan tillsammans med er; kriteriernas värden beräknas utifrån dem. Det sparar tid om ni har dem till hands.</translation>
    </message>
    <message>
        <source>Client records are identified by pseudonymous codes only (for example A01, A02): no client&apos;s name or personal identity code is written down.</source>
        <translation>Klientjournalerna identifieras endast med pseudonyma koder (till exempel A01, A02): inga klienters namn eller personbeteckningar antecknas.</translation>
    </message>
    <message>
        <source>Evidence for each criterion</source>
        <translation>Underlag för varje kriterium</translation>
    </message>
    <message>
        <source>Each criterion is rated from the kinds of evidence named beside it: the reviewers will ask for interviews, records and observations accordingly.</source>
        <translation>Varje kriterium bedöms utifrån de typer av underlag som anges bredvid det: bedömarna ber om intervjuer, klientjournaler och tillfällen till observation i enlighet med det.</translation>
    </message>
    <message>
        <source>What the figures rest on</source>
        <translation>Vad siffrorna bygger på</translation>
    </message>
    <message>
        <source>The rule of a numeric criterion computes its number from two figures. Each figure was typed by a reviewer or computed from the evidence workbook (the coaches and the client records read on the visit); a typed figure is used instead of a computed one. The suggested rating is a suggestion only: the rating is the reviewers&apos; own.</source>
        <translation>Regeln för ett numeriskt kriterium beräknar kriteriets värde utifrån två siffror. Varje siffra har antingen matats in för hand av en bedömare eller beräknats utifrån arbetsboken för underlaget (arbetsspecialisterna och de klientjournaler som lästes under besöket); en siffra som matats in för hand används i stället för en beräknad. Den föreslagna poängen är endast ett förslag: poängen sätts av bedömarna själva.</translation>
    </message>
    <message>
        <source>computed from 1 coach</source>
        <translation>beräknad utifrån 1 arbetsspecialist</translation>
    </message>
    <message>
        <source>computed from %1 coaches</source>
        <translation>beräknad utifrån %1 arbetsspecialister</translation>
    </message>
    <message>
        <source>computed from 1 record</source>
        <translation>beräknad utifrån 1 klientjournal</translation>
    </message>
    <message>
        <source>computed from %1 records</source>
        <translation>beräknad utifrån %1 klientjournaler</translation>
    </message>
    <message>
        <source>typed by a reviewer (the workbook gives %1)</source>
        <translation>inmatad för hand av en bedömare (arbetsboken ger %1)</translation>
    </message>
    <message>
        <source>typed by a reviewer</source>
        <translation>inmatad för hand av en bedömare</translation>
    </message>
    <message>
        <source>not computed: a workbook row needs correcting</source>
        <translation>inte beräknad: en rad i arbetsboken behöver rättas</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>inte angiven</translation>
    </message>
    <message>
        <source>Partly typed, partly computed from the workbook</source>
        <translation>Delvis inmatade för hand, delvis beräknade utifrån arbetsboken</translation>
    </message>
    <message>
        <source>Computed from the workbook</source>
        <translation>Beräknade utifrån arbetsboken</translation>
    </message>
    <message>
        <source>Typed by a reviewer</source>
        <translation>Inmatade för hand av en bedömare</translation>
    </message>
    <message>
        <source>Records: %1</source>
        <translation>Klientjournaler: %1</translation>
    </message>
    <message>
        <source>Suggested rating: %1</source>
        <translation>Föreslagen poäng: %1</translation>
    </message>
    <message>
        <source>No suggestion: the value is outside the rule&apos;s range</source>
        <translation>Inget förslag: värdet ligger utanför regelns intervall</translation>
    </message>
    <message>
        <source>No suggestion until both figures are given</source>
        <translation>Inget förslag förrän båda siffrorna har angetts</translation>
    </message>
    <message>
        <source>Day %1</source>
        <translation>Dag %1</translation>
    </message>
    <message>
        <source>Day %1: %2 %3</source>
        <translation>Dag %1: %2 %3</translation>
    </message>
    <message>
        <source>Site visit plan</source>
        <translation>Program för granskningsbesöket</translation>
    </message>
    <message>
        <source>This is the agenda we propose for the site visit. Please check that the times suit the people named and tell us about anything that should change; we send the agreed plan back before the visit.</source>
        <translation>Det här är det program vi föreslår för granskningsbesöket. Vi ber er kontrollera att tiderna passar de personer som nämns och meddela oss om något behöver ändras; vi skickar det överenskomna programmet till er före besöket.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Innehåll</translation>
    </message>
    <message>
        <source>With whom</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>The agenda has not been drawn up yet; the reviewers will send it.</source>
        <translation>Programmet har inte utarbetats ännu; bedömarna skickar det senare.</translation>
    </message>
    <message>
        <source>Interviews with clients and a coach&apos;s day in the field need the clients&apos; consent; please ask for it in advance. Thank you for arranging the visit.</source>
        <translation>Intervjuer med klienter och en dag i fältet med en arbetsspecialist kräver klienternas samtycke; vi ber er be om det i förväg. Tack för att ni ordnar besöket.</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>Review number or UUID.</source>
        <translation>Granskningens nummer eller UUID.</translation>
    </message>
    <message>
        <source>The report&apos;s language: fi, sv or en (default: the user interface language).</source>
        <translation>Rapportens språk: fi, sv eller en (standard: användargränssnittets språk).</translation>
    </message>
    <message>
        <source>Include the reviewers&apos; free-text evidence notes.</source>
        <translation>Ta med bedömarnas fritextanteckningar om underlag.</translation>
    </message>
    <message>
        <source>expected one review number or UUID</source>
        <translation>väntade ett granskningsnummer eller UUID</translation>
    </message>
    <message>
        <source>--out FILE is required</source>
        <translation>--out FILE krävs</translation>
    </message>
    <message>
        <source>--lang must be fi, sv or en, not &quot;%1&quot;</source>
        <translation>--lang måste vara fi, sv eller en, inte &quot;%1&quot;</translation>
    </message>
    <message>
        <source>laatu-cli report: %1</source>
        <translation>laatu-cli report: %1</translation>
    </message>
    <message>
        <source>Wrote the report of %1 (%2 pages) to %3.</source>
        <translation>Skrev rapporten över %1 (%2 sidor) till %3.</translation>
    </message>
    <message>
        <source>Write the report of one review as a PDF or an editable ODT file.</source>
        <translation>Skriv rapporten över en granskning som PDF eller som en redigerbar ODT-fil.</translation>
    </message>
    <message>
        <source>Writes the report of one review (A4 PDF, or ODT to edit in a word processor): cover, summary with the ratings chart, all criteria with their evidence, agreement between reviewers, strengths and recommendations, the action plan, the change since the site&apos;s previous review and signature lines. Evidence notes are left out unless --with-notes is given.</source>
        <translation>Skriver rapporten över en granskning (PDF i A4, eller ODT att redigera i ett ordbehandlingsprogram): pärm, sammanfattning med poängdiagrammet, alla kriterier med underlag, överensstämmelse mellan bedömarna, styrkor och rekommendationer, åtgärdsplanen, förändringen sedan verksamhetsställets föregående granskning och underskriftsrader. Anteckningar om underlag utelämnas om inte --with-notes anges.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Filen som ska skrivas.</translation>
    </message>
    <message>
        <source>pdf or odt (default: odt for a file name ending in .odt, otherwise pdf).</source>
        <translation>pdf eller odt (standard: odt för ett filnamn som slutar på .odt, annars pdf).</translation>
    </message>
    <message>
        <source>--format must be pdf or odt, not &quot;%1&quot;</source>
        <translation>--format måste vara pdf eller odt, inte &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Wrote the report of %1 to %2 (OpenDocument text).</source>
        <translation>Skrev rapporten över %1 till %2 (OpenDocument-text).</translation>
    </message>
    <message>
        <source>In the appendix, list the codes of the records each computed figure rests on.</source>
        <translation>Ange i bilagan koderna för de klientjournaler som varje beräknad siffra bygger på.</translation>
    </message>
</context>
<context>
    <name>ReportOdt</name>
    <message>
        <source>%1 was not written: the report could not be laid out (fonts need a graphical application).</source>
        <translation>%1 skrevs inte: rapporten kunde inte ombrytas (typsnitten kräver ett grafiskt program).</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>%1 kan inte skrivas: %2.</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2.</source>
        <translation>%1 kunde inte sparas: %2.</translation>
    </message>
</context>
<context>
    <name>ReportOptionsDialog</name>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Report &amp;language:</source>
        <translation>Rapportens &amp;språk:</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>Rapportens språk</translation>
    </message>
    <message>
        <source>Include the evidence &amp;notes</source>
        <translation>Ta med anteckningarna om &amp;underlag</translation>
    </message>
    <message>
        <source>Notes can hold details about clients and staff. Leave them out of a report that goes beyond the review team.</source>
        <translation>Anteckningarna kan innehålla uppgifter om klienter och personal. Utelämna dem i en rapport som går utanför granskningsteamet.</translation>
    </message>
</context>
<context>
    <name>ReportRenderer</name>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>%1 kan inte skrivas: %2.</translation>
    </message>
    <message>
        <source>%1 was not written: the report could not be laid out (fonts need a graphical application).</source>
        <translation>%1 skrevs inte: rapporten kunde inte ombrytas (typsnitten kräver ett grafiskt program).</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2.</source>
        <translation>%1 kunde inte sparas: %2.</translation>
    </message>
</context>
<context>
    <name>RestoreCommand</name>
    <message>
        <source>Replace the database by a backup; the current file is kept aside.</source>
        <translation>Ersätt databasen med en säkerhetskopia; den nuvarande filen sparas undan.</translation>
    </message>
    <message>
        <source>The backup file.</source>
        <translation>Filen med säkerhetskopian.</translation>
    </message>
    <message>
        <source>expected one backup file</source>
        <translation>väntade en fil med en säkerhetskopia</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>Återställde %1 från %2.</translation>
    </message>
    <message>
        <source>The previous database was kept as %1.</source>
        <translation>Den tidigare databasen sparades som %1.</translation>
    </message>
    <message>
        <source>Checks the backup, builds the restored database beside the current one and checks it, keeps the current database (with its -wal and -shm files) under a new name, and renames the restored file into its place: the database path always holds a whole database, the old or the restored one. Laatu must not have the database open.</source>
        <translation>Kontrollerar säkerhetskopian, bygger den återställda databasen bredvid den nuvarande och kontrollerar den, sparar den nuvarande databasen (med dess -wal- och -shm-filer) under ett nytt namn och byter namn på den återställda filen så att den tar dess plats: databasens sökväg innehåller alltid en hel databas, den gamla eller den återställda. Laatu får inte ha databasen öppen.</translation>
    </message>
</context>
<context>
    <name>ReviewDocumentReader</name>
    <message>
        <source>reading review %1</source>
        <translation>läsningen av granskning %1</translation>
    </message>
    <message>
        <source>review %1 is in the file, but its rows cannot be reached</source>
        <translation>granskning %1 finns i filen, men dess rader går inte att nå</translation>
    </message>
</context>
<context>
    <name>ReviewDocumentWriter</name>
    <message>
        <source>saving the review</source>
        <translation>sparandet av granskningen</translation>
    </message>
    <message>
        <source>A rating names reviewer %1, who is not in the review.</source>
        <translation>En poäng anger bedömaren %1, som inte hör till granskningen.</translation>
    </message>
</context>
<context>
    <name>ReviewFileFormat</name>
    <message>
        <source>&quot;%1&quot; must be a text</source>
        <translation>&quot;%1&quot; måste vara en text</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must not be empty</source>
        <translation>&quot;%1&quot; får inte vara tom</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is longer than %2 characters</source>
        <translation>&quot;%1&quot; är längre än %2 tecken</translation>
    </message>
    <message>
        <source>&quot;uuid&quot; must be a lower-case UUID</source>
        <translation>&quot;uuid&quot; måste vara ett UUID med små bokstäver</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a date YYYY-MM-DD between 2000 and 2100</source>
        <translation>&quot;%1&quot; måste vara ett datum ÅÅÅÅ-MM-DD mellan 2000 och 2100</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a UTC time like 2026-05-04T09:30:00Z</source>
        <translation>&quot;%1&quot; måste vara en UTC-tid i formen 2026-05-04T09:30:00Z</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more than %2 entries</source>
        <translation>&quot;%1&quot; har fler än %2 poster</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB</source>
        <translation>filen är större än %1&#xa0;MiB</translation>
    </message>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation>ogiltig JSON vid byte %1: %2</translation>
    </message>
    <message>
        <source>not a Laatu review file (the top level must be an object)</source>
        <translation>inte en granskningsfil för Laatu (den översta nivån måste vara ett objekt)</translation>
    </message>
    <message>
        <source>not a Laatu review file (&quot;format&quot; must be &quot;%1&quot;)</source>
        <translation>inte en granskningsfil för Laatu (&quot;format&quot; måste vara &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>the review file format %1 is newer than this Laatu reads (%2); update Laatu</source>
        <translation>granskningsfilens format %1 är nyare än den här versionen av Laatu kan läsa (%2); uppdatera Laatu</translation>
    </message>
    <message>
        <source>catalog</source>
        <translation>katalog</translation>
    </message>
    <message>
        <source>site</source>
        <translation>verksamhetsställe</translation>
    </message>
    <message>
        <source>review</source>
        <translation>granskning</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot; (external or self-assessment)</source>
        <translation>okänd typ &quot;%1&quot; (external eller self-assessment)</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot; (draft, consensus or final)</source>
        <translation>okänd status &quot;%1&quot; (draft, consensus eller final)</translation>
    </message>
    <message>
        <source>the visit ends before it starts</source>
        <translation>besöket slutar innan det börjar</translation>
    </message>
    <message>
        <source>reviewer %1</source>
        <translation>bedömare %1</translation>
    </message>
    <message>
        <source>consensus</source>
        <translation>konsensus</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>underlag</translation>
    </message>
    <message>
        <source>evidence note</source>
        <translation>anteckning om underlag</translation>
    </message>
    <message>
        <source>evidence number</source>
        <translation>tal i underlaget</translation>
    </message>
    <message>
        <source>evidence element</source>
        <translation>element i underlaget</translation>
    </message>
    <message>
        <source>finding</source>
        <translation>iakttagelse</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot; (strength or recommendation)</source>
        <translation>okänd typ &quot;%1&quot; (strength eller recommendation)</translation>
    </message>
    <message>
        <source>action</source>
        <translation>åtgärd</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;</source>
        <translation>okänd status &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds characters that are not valid text</source>
        <translation>&quot;%1&quot; innehåller tecken som inte är giltig text</translation>
    </message>
    <message>
        <source>one-rater file</source>
        <translation>fil med en bedömare</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a lower-case UUID</source>
        <translation>&quot;%1&quot; måste vara ett UUID med små bokstäver</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; is %2, but the file must then hold exactly that one reviewer (it holds %n)</source>
        <translation>
            <numerusform>&quot;%1&quot; är %2, men då måste filen innehålla exakt den enda bedömaren (den innehåller %n)</numerusform>
            <numerusform>&quot;%1&quot; är %2, men då måste filen innehålla exakt den enda bedömaren (den innehåller %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>a file with &quot;%1&quot; holds one reviewer&apos;s own ratings only: no consensus ratings, findings or actions</source>
        <translation>en fil med &quot;%1&quot; innehåller bara en bedömares egna poäng: inga konsensuspoäng, iakttagelser eller åtgärder</translation>
    </message>
    <message>
        <source>hand-out file</source>
        <translation>fil för medbedömare</translation>
    </message>
    <message>
        <source>&quot;uuid&quot; is the nil UUID (all zeros), which names nothing</source>
        <translation>&quot;uuid&quot; är noll-UUID:t (bara nollor), som inte identifierar något</translation>
    </message>
    <message>
        <source>the file holds a NUL byte at byte %1; a review file is UTF-8 text</source>
        <translation>filen innehåller ett NUL-tecken vid byte %1; en granskningsfil ska vara UTF-8-text</translation>
    </message>
    <message>
        <source>&quot;formatVersion&quot; must be 1 or %1</source>
        <translation>&quot;formatVersion&quot; måste vara 1 eller %1</translation>
    </message>
    <message>
        <source>a workbook needs &quot;formatVersion&quot; 2</source>
        <translation>en arbetsbok kräver &quot;formatVersion&quot; 2</translation>
    </message>
    <message>
        <source>a visit plan needs &quot;formatVersion&quot; 2</source>
        <translation>ett besöksprogram kräver &quot;formatVersion&quot; 2</translation>
    </message>
</context>
<context>
    <name>ReviewFileIo</name>
    <message>
        <source>there is no such file</source>
        <translation>filen finns inte</translation>
    </message>
    <message>
        <source>the file is too large for a review file (%1 bytes; at most %2)</source>
        <translation>filen är för stor för en granskningsfil (%1&#xa0;byte; högst %2)</translation>
    </message>
    <message>
        <source>%1 was not written: the review cannot be a review file (%2).</source>
        <translation>%1 skrevs inte: granskningen kan inte sparas som granskningsfil (%2).</translation>
    </message>
    <message>
        <source>the file %1</source>
        <translation>filen %1</translation>
    </message>
</context>
<context>
    <name>ReviewImporter</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 holds only %2&apos;s own ratings (a one-rater file from export-mine); bring it in with `laatu-cli merge %1` so the other reviewers, the consensus and the findings are kept</source>
        <translation>%1 innehåller bara de egna poängen från %2 (en fil med en bedömare från export-mine); ta in den med `laatu-cli merge %1` så att de andra bedömarna, konsensus och iakttagelserna behålls</translation>
    </message>
    <message numerus="yes">
        <source>this hand-out is for review %1 of %2, which is already in this database with %n rating(s) and notes made here; importing it again would replace them, so nothing was changed</source>
        <translation>
            <numerusform>den här filen för medbedömare gäller granskning %1 av %2, som redan finns i den här databasen med %n bedömning och anteckningar som gjorts här; en ny import skulle ersätta dem, så ingenting ändrades</numerusform>
            <numerusform>den här filen för medbedömare gäller granskning %1 av %2, som redan finns i den här databasen med %n bedömningar och anteckningar som gjorts här; en ny import skulle ersätta dem, så ingenting ändrades</numerusform>
        </translation>
    </message>
    <message>
        <source>it carries review %1, as %2 does; import one of them</source>
        <translation>den innehåller granskning %1, liksom %2; importera en av dem</translation>
    </message>
    <message numerus="yes">
        <source>the file has no reviewers, but review %1 here has %n with their ratings; importing it would remove them</source>
        <translation>
            <numerusform>filen har inga bedömare, men granskning %1 här har %n bedömare med sina poäng; en import skulle ta bort bedömaren</numerusform>
            <numerusform>filen har inga bedömare, men granskning %1 här har %n bedömare med sina poäng; en import skulle ta bort dem</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewRepository</name>
    <message>
        <source>storing catalog %1 %2</source>
        <translation>lagringen av katalog %1 %2</translation>
    </message>
    <message>
        <source>Catalog %1 version %2 is already stored with different content; give the changed catalog a new version.</source>
        <translation>Katalog %1 version %2 finns redan lagrad med annat innehåll; ge den ändrade katalogen en ny version.</translation>
    </message>
    <message>
        <source>reading catalog %1 %2</source>
        <translation>läsningen av katalog %1 %2</translation>
    </message>
    <message>
        <source>Catalog %1 version %2 is not known to this database. Load that catalog first.</source>
        <translation>Katalog %1 version %2 är okänd för den här databasen. Läs in den katalogen först.</translation>
    </message>
    <message>
        <source>listing the reviews</source>
        <translation>listningen av granskningarna</translation>
    </message>
    <message>
        <source>finding review %1</source>
        <translation>sökningen efter granskning %1</translation>
    </message>
    <message>
        <source>Review %1 is final in this database; reopen it before replacing it.</source>
        <translation>Granskning %1 är slutförd i den här databasen; öppna den på nytt innan du ersätter den.</translation>
    </message>
    <message numerus="yes">
        <source>saving %n review(s)</source>
        <translation>
            <numerusform>sparandet av %n granskning</numerusform>
            <numerusform>sparandet av %n granskningar</numerusform>
        </translation>
    </message>
    <message>
        <source>deleting review %1</source>
        <translation>raderingen av granskning %1</translation>
    </message>
    <message>
        <source>The review is final, so %1 did not happen. Reopen it first; the reopening and every later change are logged.</source>
        <translation>Granskningen är slutförd, så %1 genomfördes inte. Öppna den på nytt först; öppnandet och varje senare ändring loggas.</translation>
    </message>
    <message>
        <source>The catalog has no criterion &quot;%1&quot;.</source>
        <translation>Katalogen har inget kriterium &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A rating must be a whole number from %1 to %2, not %3.</source>
        <translation>En poäng måste vara ett heltal från %1 till %2, inte %3.</translation>
    </message>
    <message>
        <source>saving the consensus rating of %1</source>
        <translation>sparandet av konsensuspoängen för %1</translation>
    </message>
    <message>
        <source>saving the rating of %1</source>
        <translation>sparandet av poängen för %1</translation>
    </message>
    <message>
        <source>The review has no reviewer %1.</source>
        <translation>Granskningen har ingen bedömare %1.</translation>
    </message>
    <message>
        <source>saving the note on %1</source>
        <translation>sparandet av anteckningen om %1</translation>
    </message>
    <message>
        <source>The catalog has no evidence source &quot;%1&quot;.</source>
        <translation>Katalogen har ingen underlagskälla &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>finalising the review</source>
        <translation>slutförandet av granskningen</translation>
    </message>
    <message>
        <source>The review cannot be final while criteria are unrated: %1.</source>
        <translation>Granskningen kan inte slutföras så länge kriterier inte har bedömts: %1.</translation>
    </message>
    <message>
        <source>The reviewers&apos; ratings differ by 2 or more on %1: write the reason for the consensus rating before the review can be final.</source>
        <translation>Bedömarnas poäng skiljer sig med 2 eller mer för %1: skriv motiveringen till konsensuspoängen innan granskningen kan slutföras.</translation>
    </message>
    <message>
        <source>reopening the review</source>
        <translation>öppnandet av granskningen på nytt</translation>
    </message>
    <message>
        <source>Say why the final review is reopened; the reason is logged.</source>
        <translation>Ange varför den slutförda granskningen öppnas på nytt; orsaken loggas.</translation>
    </message>
    <message>
        <source>Only a final review can be reopened.</source>
        <translation>Endast en slutförd granskning kan öppnas på nytt.</translation>
    </message>
    <message>
        <source>reading the audit log</source>
        <translation>läsningen av ändringsloggen</translation>
    </message>
    <message>
        <source>saving a number of %1</source>
        <translation>sparandet av ett tal för %1</translation>
    </message>
    <message>
        <source>Criterion %1 has no input &quot;%2&quot;.</source>
        <translation>Kriterium %1 har inga indata &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>&quot;%1&quot; är inte ett tal.</translation>
    </message>
    <message>
        <source>saving the checklist of %1</source>
        <translation>sparandet av checklistan för %1</translation>
    </message>
    <message>
        <source>Criterion %1 has no checklist element &quot;%2&quot;.</source>
        <translation>Kriterium %1 har inget element &quot;%2&quot; i checklistan.</translation>
    </message>
    <message>
        <source>saving a finding</source>
        <translation>sparandet av en iakttagelse</translation>
    </message>
    <message>
        <source>A finding needs an identifier and a text.</source>
        <translation>En iakttagelse behöver en identifierare och en text.</translation>
    </message>
    <message>
        <source>removing a finding</source>
        <translation>borttagningen av en iakttagelse</translation>
    </message>
    <message>
        <source>saving an action item</source>
        <translation>sparandet av en åtgärd</translation>
    </message>
    <message>
        <source>An action item needs an identifier and a description.</source>
        <translation>En åtgärd behöver en identifierare och en beskrivning.</translation>
    </message>
    <message>
        <source>removing an action item</source>
        <translation>borttagningen av en åtgärd</translation>
    </message>
    <message>
        <source>revealing the reviewers&apos; ratings</source>
        <translation>avslöjandet av bedömarnas poäng</translation>
    </message>
    <message>
        <source>The catalog %1 %2 stored in the database is damaged (%3). Run &apos;laatu-cli check&apos; and restore the newest backup (laatu-cli restore).</source>
        <translation>Katalogen %1 %2 som är lagrad i databasen är skadad (%3). Kör &apos;laatu-cli check&apos; och återställ den nyaste säkerhetskopian (laatu-cli restore).</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>motivering</translation>
    </message>
    <message>
        <source>note</source>
        <translation>anteckning</translation>
    </message>
    <message>
        <source>finding</source>
        <translation>iakttagelse</translation>
    </message>
    <message>
        <source>what</source>
        <translation>vad</translation>
    </message>
    <message>
        <source>who</source>
        <translation>vem</translation>
    </message>
    <message>
        <source>listing the reviews of a site</source>
        <translation>när en enhets granskningar listades</translation>
    </message>
    <message>
        <source>counting the reviews</source>
        <translation>när granskningarna räknades</translation>
    </message>
    <message>
        <source>clearing the record sample</source>
        <translation>rensning av journalurvalet</translation>
    </message>
    <message>
        <source>The record sample is cleared once the review is final; finalise it first.</source>
        <translation>Journalurvalet rensas först när granskningen är slutförd; slutför den först.</translation>
    </message>
    <message>
        <source>This review&apos;s workbook holds no record rows.</source>
        <translation>Den här granskningens arbetsbok innehåller inga journalrader.</translation>
    </message>
    <message>
        <source>saving an item of the visit plan</source>
        <translation>sparandet av en punkt i besöksprogrammet</translation>
    </message>
    <message>
        <source>visit plan item</source>
        <translation>punkt i besöksprogrammet</translation>
    </message>
    <message>
        <source>A visit plan holds at most %1 items.</source>
        <translation>Ett besöksprogram kan ha högst %1 punkter.</translation>
    </message>
    <message>
        <source>removing an item of the visit plan</source>
        <translation>borttagningen av en punkt i besöksprogrammet</translation>
    </message>
    <message>
        <source>The visit plan has no item %1.</source>
        <translation>Besöksprogrammet har ingen punkt %1.</translation>
    </message>
    <message>
        <source>moving an item of the visit plan</source>
        <translation>flyttningen av en punkt i besöksprogrammet</translation>
    </message>
    <message>
        <source>The item is already the first.</source>
        <translation>Punkten är redan den första.</translation>
    </message>
    <message>
        <source>The item is already the last.</source>
        <translation>Punkten är redan den sista.</translation>
    </message>
    <message>
        <source>replacing the visit plan</source>
        <translation>ersättningen av besöksprogrammet</translation>
    </message>
    <message>
        <source>saving a workbook row</source>
        <translation>sparandet av en rad i arbetsboken</translation>
    </message>
    <message>
        <source>code</source>
        <translation>kod</translation>
    </message>
    <message>
        <source>A workbook row needs an identifier.</source>
        <translation>En rad i arbetsboken måste ha en identifierare.</translation>
    </message>
    <message>
        <source>The catalog&apos;s workbook has no field &quot;%1&quot; for %2.</source>
        <translation>Katalogens arbetsbok har inget fält &quot;%1&quot; för %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid value for &quot;%2&quot;.</source>
        <translation>&quot;%1&quot; är inte ett giltigt värde för &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The record sample of this review was cleared; no record rows are added to it again.</source>
        <translation>Journalurvalet i den här granskningen har rensats; inga journalrader läggs till i det igen.</translation>
    </message>
    <message>
        <source>The workbook row %1 belongs to the other table.</source>
        <translation>Raden %1 i arbetsboken hör till den andra tabellen.</translation>
    </message>
    <message>
        <source>removing a workbook row</source>
        <translation>borttagningen av en rad i arbetsboken</translation>
    </message>
</context>
<context>
    <name>ReviewTextCheck</name>
    <message>
        <source>site</source>
        <translation>verksamhetsställe</translation>
    </message>
    <message>
        <source>review</source>
        <translation>granskning</translation>
    </message>
    <message>
        <source>catalog</source>
        <translation>katalog</translation>
    </message>
    <message>
        <source>reviewer %1</source>
        <translation>bedömare %1</translation>
    </message>
    <message>
        <source>consensus</source>
        <translation>konsensus</translation>
    </message>
    <message>
        <source>rating</source>
        <translation>poäng</translation>
    </message>
    <message>
        <source>evidence note</source>
        <translation>anteckning om underlag</translation>
    </message>
    <message>
        <source>evidence number</source>
        <translation>tal i underlaget</translation>
    </message>
    <message>
        <source>evidence element</source>
        <translation>element i underlaget</translation>
    </message>
    <message>
        <source>finding</source>
        <translation>iakttagelse</translation>
    </message>
    <message>
        <source>action</source>
        <translation>åtgärd</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>visit plan item %1</source>
        <translation>punkt %1 i besöksprogrammet</translation>
    </message>
</context>
<context>
    <name>ReviewValidator</name>
    <message>
        <source>the review was rated against catalog %1 %2, not %3 %4</source>
        <translation>granskningen bedömdes enligt katalog %1 %2, inte %3 %4</translation>
    </message>
    <message>
        <source>reviewer %1 appears twice</source>
        <translation>bedömare %1 förekommer två gånger</translation>
    </message>
    <message>
        <source>consensus</source>
        <translation>konsensus</translation>
    </message>
    <message>
        <source>%1 rates unknown criterion &quot;%2&quot;</source>
        <translation>%1 bedömer okänt kriterium &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 rates %2 as %3; ratings are whole numbers %4-%5</source>
        <translation>%1 ger %2 poängen %3; poängen är heltal %4-%5</translation>
    </message>
    <message>
        <source>%1 rates %2 twice</source>
        <translation>%1 bedömer %2 två gånger</translation>
    </message>
    <message>
        <source>a note is about unknown criterion &quot;%1&quot;</source>
        <translation>en anteckning gäller okänt kriterium &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a note on %1 names unknown source &quot;%2&quot;</source>
        <translation>en anteckning om %1 anger okänd källa &quot;%2&quot;</translation>
    </message>
    <message>
        <source>two notes on %1 from %2</source>
        <translation>två anteckningar om %1 från %2</translation>
    </message>
    <message>
        <source>criterion &quot;%1&quot; has no number &quot;%2&quot;</source>
        <translation>kriteriet &quot;%1&quot; har inget tal &quot;%2&quot;</translation>
    </message>
    <message>
        <source>the number %1 of %2 is &quot;%3&quot;, not a number of 0 or more</source>
        <translation>talet %1 för %2 är &quot;%3&quot;, inte ett tal som är 0 eller större</translation>
    </message>
    <message>
        <source>the number %1 of %2 is given twice</source>
        <translation>talet %1 för %2 anges två gånger</translation>
    </message>
    <message>
        <source>criterion &quot;%1&quot; has no element &quot;%2&quot;</source>
        <translation>kriteriet &quot;%1&quot; har inget element &quot;%2&quot;</translation>
    </message>
    <message>
        <source>the element %1 of %2 is given twice</source>
        <translation>elementet %1 för %2 anges två gånger</translation>
    </message>
    <message>
        <source>a finding is about unknown criterion &quot;%1&quot;</source>
        <translation>en iakttagelse gäller okänt kriterium &quot;%1&quot;</translation>
    </message>
    <message>
        <source>finding %1 appears twice</source>
        <translation>iakttagelse %1 förekommer två gånger</translation>
    </message>
    <message>
        <source>action %1 appears twice</source>
        <translation>åtgärd %1 förekommer två gånger</translation>
    </message>
    <message>
        <source>workbook %1 row %2</source>
        <translation>arbetsboken, %1, rad %2</translation>
    </message>
    <message>
        <source>%1: the row %2 appears twice</source>
        <translation>%1: raden %2 förekommer två gånger</translation>
    </message>
    <message>
        <source>%1: filled by reviewer %2, who is not in the review</source>
        <translation>%1: ifylld av bedömaren %2, som inte hör till granskningen</translation>
    </message>
    <message>
        <source>%1: the catalog declares no %2 field &quot;%3&quot;</source>
        <translation>%1: katalogen anger inget fält &quot;%3&quot; i %2</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a valid %3 for &quot;%4&quot;</source>
        <translation>%1: &quot;%2&quot; är inte ett giltigt värde av typen %3 för &quot;%4&quot;</translation>
    </message>
    <message>
        <source>the workbook says its records were cleared, but it still holds record rows (%1)</source>
        <translation>enligt arbetsboken har klientjournalerna raderats, men den innehåller fortfarande rader för klientjournaler (%1)</translation>
    </message>
</context>
<context>
    <name>RuleParser</name>
    <message>
        <source>unknown suggestion kind &quot;%1&quot; (expected descriptive, bands or elements)</source>
        <translation>okänd förslagstyp &quot;%1&quot; (väntade descriptive, bands eller elements)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must say true or false when &quot;%2&quot; is given</source>
        <translation>&quot;%1&quot; måste vara true eller false när &quot;%2&quot; anges</translation>
    </message>
    <message>
        <source>unknown computation &quot;%1&quot; (expected ratio or percent)</source>
        <translation>okänd beräkning &quot;%1&quot; (väntade ratio eller percent)</translation>
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
        <translation>elementnyckeln &quot;%1&quot; förekommer flera gånger</translation>
    </message>
    <message>
        <source>&quot;ratingByCount&quot; needs one rating for each count from 0 to %1 (%2 values), found %3</source>
        <translation>&quot;ratingByCount&quot; behöver en poäng för varje antal från 0 till %1 (%2 värden), hittade %3</translation>
    </message>
    <message>
        <source>&quot;ratingByCount&quot; for %1 elements must be a whole rating %2-%3</source>
        <translation>&quot;ratingByCount&quot; för %1 element måste vara en hel poäng %2-%3</translation>
    </message>
    <message>
        <source>&quot;ratingByCount&quot; must not fall as more elements are present (%1 elements give %2)</source>
        <translation>&quot;ratingByCount&quot; får inte sjunka när fler element förverkligas (%1 element ger %2)</translation>
    </message>
    <message>
        <source>duplicate input key &quot;%1&quot;</source>
        <translation>indatanyckeln &quot;%1&quot; förekommer flera gånger</translation>
    </message>
    <message>
        <source>&quot;minimum&quot; %1 is above &quot;maximum&quot; %2</source>
        <translation>&quot;minimum&quot; %1 är större än &quot;maximum&quot; %2</translation>
    </message>
</context>
<context>
    <name>SchemaCheck</name>
    <message>
        <source>reading the schema</source>
        <translation>läsningen av schemat</translation>
    </message>
    <message>
        <source>building the schema</source>
        <translation>uppbyggnaden av schemat</translation>
    </message>
    <message>
        <source>the table &quot;%1&quot;</source>
        <translation>tabellen &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the index &quot;%1&quot; on %2</source>
        <translation>indexet &quot;%1&quot; på %2</translation>
    </message>
    <message>
        <source>the trigger &quot;%1&quot; on %2</source>
        <translation>triggern &quot;%1&quot; på %2</translation>
    </message>
    <message>
        <source>the view &quot;%1&quot;</source>
        <translation>vyn &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the %1 &quot;%2&quot;</source>
        <translation>%1 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 saknas</translation>
    </message>
    <message>
        <source>%1 is not as Laatu made it</source>
        <translation>%1 avviker från det som Laatu skapade</translation>
    </message>
    <message>
        <source>%1 was added</source>
        <translation>%1 har lagts till</translation>
    </message>
    <message>
        <source>reading the journal mode</source>
        <translation>läsningen av journalläget</translation>
    </message>
    <message>
        <source>the journal mode is &quot;%1&quot;, not &quot;wal&quot;</source>
        <translation>journalläget är &quot;%1&quot;, inte &quot;wal&quot;</translation>
    </message>
    <message>
        <source>%1 is damaged or has been changed outside Laatu (%2). Laatu does not write to it: restore the newest backup (laatu-cli restore).</source>
        <translation>%1 är skadad eller har ändrats utanför Laatu (%2). Laatu skriver inte till den: återställ den nyaste säkerhetskopian (laatu-cli restore).</translation>
    </message>
</context>
<context>
    <name>SchemaMigrations</name>
    <message>
        <source>No upgrade step to database version %1.</source>
        <translation>Inget uppgraderingssteg till databasversion %1.</translation>
    </message>
    <message>
        <source>creating the database</source>
        <translation>skapandet av databasen</translation>
    </message>
    <message>
        <source>upgrading the database to version 2</source>
        <translation>uppgraderingen av databasen till version 2</translation>
    </message>
    <message>
        <source>upgrading the database to version 3</source>
        <translation>uppgraderingen av databasen till version 3</translation>
    </message>
    <message>
        <source>upgrading the database to version 4</source>
        <translation>uppgraderingen av databasen till version 4</translation>
    </message>
    <message>
        <source>upgrading the database to version 5</source>
        <translation>uppgraderingen av databasen till version 5</translation>
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
    <name>ServerAccess</name>
    <message>
        <source>The programme server as a libpq URI: postgresql://USER@HOST:5432/DATABASE?sslrootcert=CA.pem (TLS verify-full), or ?host=/socket/folder.</source>
        <translation>Programmets server som en libpq-URI: postgresql://USER@HOST:5432/DATABASE?sslrootcert=CA.pem (TLS verify-full), eller ?host=/socket/folder.</translation>
    </message>
    <message>
        <source>Allow an unverified connection (sslmode other than verify-full) to a test server on this machine.</source>
        <translation>Tillåt en overifierad anslutning (annat sslmode än verify-full) till en testserver på den här datorn.</translation>
    </message>
    <message>
        <source>no programme server is configured: give --url postgresql://USER@HOST/DATABASE (nothing was connected)</source>
        <translation>ingen server för programmet har konfigurerats: ange --url postgresql://USER@HOST/DATABASE (ingen anslutning gjordes)</translation>
    </message>
    <message>
        <source>Password for %1 on %2: </source>
        <translation>Lösenord för %1 på %2: </translation>
    </message>
    <message>
        <source>laatu-cli %1: %2</source>
        <translation>laatu-cli %1: %2</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>&quot;%1&quot; is not a PostgreSQL connection URI; write it like postgresql://USER@HOST:5432/DATABASE</source>
        <translation>&quot;%1&quot; är inte en anslutnings-URI för PostgreSQL; skriv den som postgresql://USER@HOST:5432/DATABASE</translation>
    </message>
    <message>
        <source>the URL holds a password; leave it out and give the password when asked (or in PGPASSWORD for scripts), so it is not kept in shell history</source>
        <translation>URL:en innehåller ett lösenord; utelämna det och ange lösenordet när det efterfrågas (eller i PGPASSWORD för skript), så att det inte sparas i skalets historik</translation>
    </message>
    <message>
        <source>the URL parameter %1 may not hold a &apos;;&apos;</source>
        <translation>URL-parametern %1 får inte innehålla &apos;;&apos;</translation>
    </message>
    <message>
        <source>the URL parameter &quot;%1&quot; is not one Laatu passes on (host, port, dbname, user, sslmode, sslrootcert, sslcrl, sslcert, sslkey, connect_timeout)</source>
        <translation>URL-parametern &quot;%1&quot; är inte en av dem som Laatu skickar vidare (host, port, dbname, user, sslmode, sslrootcert, sslcrl, sslcert, sslkey, connect_timeout)</translation>
    </message>
    <message>
        <source>the URL must name the host (or ?host=/socket/folder), the database and the user: postgresql://USER@HOST:5432/DATABASE</source>
        <translation>URL:en måste ange värden (eller ?host=/socket/folder), databasen och användaren: postgresql://USER@HOST:5432/DATABASE</translation>
    </message>
    <message>
        <source>the port must be between 1 and 65535</source>
        <translation>porten måste vara mellan 1 och 65535</translation>
    </message>
    <message>
        <source>connect_timeout must be between 1 and %1 seconds</source>
        <translation>connect_timeout måste vara mellan 1 och %1 sekunder</translation>
    </message>
    <message>
        <source>sslmode &quot;%1&quot; is not one of %2</source>
        <translation>sslmode &quot;%1&quot; är inte något av %2</translation>
    </message>
    <message>
        <source>sslmode=%1 does not check that %2 is the programme&apos;s server; Laatu connects to a network host only with sslmode=verify-full (an unverified connection is possible only to a test server on this machine, when explicitly allowed)</source>
        <translation>sslmode=%1 kontrollerar inte att %2 är programmets server; Laatu ansluter till en värd i nätverket bara med sslmode=verify-full (en overifierad anslutning är möjlig bara till en testserver på den här datorn, när det uttryckligen tillåts)</translation>
    </message>
    <message>
        <source>socket folder %1, port %2</source>
        <translation>socketmapp %1, port %2</translation>
    </message>
    <message>
        <source>%1 on %2, database %3 (sslmode=%4, connect_timeout=%5 s)</source>
        <translation>användaren %1 på %2, databas %3 (sslmode=%4, connect_timeout=%5&#xa0;s)</translation>
    </message>
</context>
<context>
    <name>ServerCommand</name>
    <message>
        <source>Server: %1 as %2</source>
        <translation>Server: %1 som %2</translation>
    </message>
    <message>
        <source>Schema version: %1 (this Laatu needs %2)</source>
        <translation>Schemaversion: %1 (den här versionen av Laatu behöver %2)</translation>
    </message>
    <message>
        <source>counting the snapshots</source>
        <translation>räkningen av ögonblicksbilderna</translation>
    </message>
    <message>
        <source>Snapshots visible to this login: %1; conflicts: %2</source>
        <translation>Ögonblicksbilder synliga för det här användarkontot: %1; konflikter: %2</translation>
    </message>
    <message>
        <source>Final reviews never published: %1</source>
        <translation>Slutförda granskningar som aldrig publicerats: %1</translation>
    </message>
    <message>
        <source>Never pulled.</source>
        <translation>Ingen hämtning ännu.</translation>
    </message>
    <message>
        <source>Last pull: %1 from %2, up to snapshot %3</source>
        <translation>Senaste hämtning: %1 från %2, fram till ögonblicksbild %3</translation>
    </message>
    <message>
        <source>The programme server: init, upgrade, status, add-user, assign, unassign.</source>
        <translation>Programmets server: init, upgrade, status, add-user, assign, unassign.</translation>
    </message>
    <message>
        <source>init: create the programme&apos;s roles and schema (run by the administrator; safe to run again). upgrade: bring the schema to the version this Laatu knows. status: the server&apos;s schema version, what this laptop has pending and its conflicts. add-user, assign, unassign: see &apos;laatu-cli server add-user --help&apos;.</source>
        <translation>init: skapa programmets roller och schema (körs av administratören; kan köras igen utan risk). upgrade: uppgradera schemat till den version som den här versionen av Laatu känner till. status: serverns schemaversion, vad den här datorn har som väntar och dess konflikter. add-user, assign, unassign: se &apos;laatu-cli server add-user --help&apos;.</translation>
    </message>
    <message>
        <source>init, upgrade or status.</source>
        <translation>init, upgrade eller status.</translation>
    </message>
    <message>
        <source>expected one of init, upgrade, status, add-user, assign, unassign</source>
        <translation>väntade en av init, upgrade, status, add-user, assign, unassign</translation>
    </message>
</context>
<context>
    <name>ServerConnection</name>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed; on Debian install the package libqt6sql6-psql. Tried nothing.</source>
        <translation>Qt:s PostgreSQL-drivrutin (QPSQL) är inte installerad; installera paketet libqt6sql6-psql på Debian. Ingen anslutning försöktes.</translation>
    </message>
    <message>
        <source>connecting to %1</source>
        <translation>anslutningen (%1)</translation>
    </message>
    <message>
        <source>The programme server could not be reached. Tried %1: %2</source>
        <translation>Programmets server kunde inte nås. Försökte med %1: %2</translation>
    </message>
    <message>
        <source>setting up the connection</source>
        <translation>förberedandet av anslutningen</translation>
    </message>
</context>
<context>
    <name>ServerSchema</name>
    <message>
        <source>reading the server&apos;s schema version</source>
        <translation>läsningen av serverns schemaversion</translation>
    </message>
    <message>
        <source>The server %1 has no Laatu programme schema (this Laatu needs version %2). The administrator sets it up with laatu-cli server init.</source>
        <translation>Servern %1 har inget Laatu-schema för programmet (den här versionen av Laatu behöver version %2). Administratören skapar det med laatu-cli server init.</translation>
    </message>
    <message>
        <source>The server&apos;s programme schema is version %1; this Laatu needs version %2. The administrator upgrades it with laatu-cli server upgrade.</source>
        <translation>Serverns programschema har version %1; den här versionen av Laatu behöver version %2. Administratören uppgraderar det med laatu-cli server upgrade.</translation>
    </message>
    <message>
        <source>The server&apos;s programme schema is version %1, newer than this Laatu knows (it needs version %2): update Laatu before publishing or pulling.</source>
        <translation>Serverns programschema har version %1, nyare än den här versionen av Laatu känner till (den behöver version %2): uppdatera Laatu innan du publicerar eller hämtar.</translation>
    </message>
    <message>
        <source>creating the programme&apos;s roles and schema</source>
        <translation>skapandet av programmets roller och schema</translation>
    </message>
    <message>
        <source>roles laatu_owner (no login), laatu_reviewer, laatu_county_manager, laatu_programme_manager and schema laatu are in place</source>
        <translation>rollerna laatu_owner (ingen inloggning), laatu_reviewer, laatu_county_manager, laatu_programme_manager och schemat laatu finns på plats</translation>
    </message>
    <message>
        <source>the programme schema is at version %1, nothing to do</source>
        <translation>programschemat har version %1, inget att göra</translation>
    </message>
    <message>
        <source>upgrading the programme schema to version %1</source>
        <translation>uppgraderingen av programschemat till version %1</translation>
    </message>
    <message>
        <source>programme schema upgraded to version %1</source>
        <translation>programschemat uppgraderat till version %1</translation>
    </message>
</context>
<context>
    <name>ServerUserCommand</name>
    <message>
        <source>Add a person to the programme, or change their counties.</source>
        <translation>Lägg till en person i programmet, eller ändra personens välfärdsområden.</translation>
    </message>
    <message>
        <source>add-user NAME --role reviewer|county-manager|programme-manager [--county C]...: a login for one person, its password read from the terminal (or one line of standard input) and sent to the server only as a SCRAM verifier. assign NAME --county C...: more counties. unassign NAME --county C...: fewer.</source>
        <translation>add-user NAME --role reviewer|county-manager|programme-manager [--county C]...: ett användarkonto för en person; lösenordet läses från terminalen (eller en rad på standard in) och skickas till servern bara som en SCRAM-verifierare. assign NAME --county C...: fler välfärdsområden. unassign NAME --county C...: färre.</translation>
    </message>
    <message>
        <source>add-user, assign or unassign.</source>
        <translation>add-user, assign eller unassign.</translation>
    </message>
    <message>
        <source>The person&apos;s login.</source>
        <translation>Personens användarnamn.</translation>
    </message>
    <message>
        <source>reviewer, county-manager or programme-manager.</source>
        <translation>reviewer, county-manager eller programme-manager.</translation>
    </message>
    <message>
        <source>A county the person publishes to or reads (repeatable).</source>
        <translation>Ett välfärdsområde som personen publicerar till eller läser (kan upprepas).</translation>
    </message>
    <message>
        <source>expected the action and one login name</source>
        <translation>väntade åtgärden och ett användarnamn</translation>
    </message>
    <message>
        <source>--role must be reviewer, county-manager or programme-manager</source>
        <translation>--role måste vara reviewer, county-manager eller programme-manager</translation>
    </message>
    <message>
        <source>a reviewer or county manager needs --county</source>
        <translation>en bedömare eller områdesansvarig behöver --county</translation>
    </message>
    <message>
        <source>--county is required</source>
        <translation>--county krävs</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a login: lower-case letters, digits and . _ - @, beginning with a letter</source>
        <translation>&quot;%1&quot; kan inte vara ett användarnamn: små bokstäver, siffror och . _ - @, med en bokstav först</translation>
    </message>
    <message>
        <source>Password for the new user %1: </source>
        <translation>Lösenord för den nya användaren %1: </translation>
    </message>
    <message>
        <source>the password must have at least 12 characters</source>
        <translation>lösenordet måste ha minst 12 tecken</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ServerUsers</name>
    <message>
        <source>adding the user %1</source>
        <translation>tillägget av användaren %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a login: use lower-case letters, digits and . _ - @, beginning with a letter (not pg_ or laatu_)</source>
        <translation>&quot;%1&quot; kan inte vara ett användarnamn: använd små bokstäver, siffror och . _ - @, med en bokstav först (inte pg_ eller laatu_)</translation>
    </message>
    <message>
        <source>the password must have at least 12 characters</source>
        <translation>lösenordet måste ha minst 12 tecken</translation>
    </message>
    <message>
        <source>assigning counties to %1</source>
        <translation>tilldelningen av välfärdsområden till %1</translation>
    </message>
    <message>
        <source>taking counties from %1</source>
        <translation>borttagningen av välfärdsområden från %1</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Kortkommandon</translation>
    </message>
    <message>
        <source>Every command of the menus and of the criterion page, with its keys. In a menu or on a page, Alt and the underlined letter choose a command too.</source>
        <translation>Alla kommandon i menyerna och på kriteriesidan, med sina tangenter. I en meny eller på en sida väljer Alt och den understrukna bokstaven också ett kommando.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Kortkommandon</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Kommando</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tangenter</translation>
    </message>
</context>
<context>
    <name>ShowCommand</name>
    <message>
        <source>Show one review: site, reviewers, ratings, score, findings, actions.</source>
        <translation>Visa en granskning: verksamhetsställe, bedömare, poäng, resultat, iakttagelser, åtgärder.</translation>
    </message>
    <message>
        <source>Shows one review, given by its number in &apos;list&apos; or its UUID.</source>
        <translation>Visar en granskning, angiven med sitt nummer i &apos;list&apos; eller sitt UUID.</translation>
    </message>
    <message>
        <source>Review number or UUID.</source>
        <translation>Granskningens nummer eller UUID.</translation>
    </message>
    <message>
        <source>Print the review and its score card as JSON.</source>
        <translation>Skriv ut granskningen och dess poängsammanställning som JSON.</translation>
    </message>
    <message>
        <source>expected one review number or UUID</source>
        <translation>väntade ett granskningsnummer eller UUID</translation>
    </message>
    <message>
        <source>Review %1 (%2)</source>
        <translation>Granskning %1 (%2)</translation>
    </message>
    <message>
        <source>Site: %1, %2, %3, %4</source>
        <translation>Verksamhetsställe: %1, %2, %3, %4</translation>
    </message>
    <message>
        <source>Visit: %1 to %2, %3, %4</source>
        <translation>Besök: %1 till %2, %3, %4</translation>
    </message>
    <message>
        <source>Reviewers: %1</source>
        <translation>Bedömare: %1</translation>
    </message>
    <message>
        <source>Catalog: %1 %2</source>
        <translation>Katalog: %1 %2</translation>
    </message>
    <message>
        <source>Score: total %1 of %2, mean %3, level %4</source>
        <translation>Resultat: totalpoäng %1 av %2, medelvärde %3, nivå %4</translation>
    </message>
    <message>
        <source>action</source>
        <translation>åtgärd</translation>
    </message>
    <message>
        <source>plan day</source>
        <translation>programdag</translation>
    </message>
</context>
<context>
    <name>SiteChangeCheck</name>
    <message>
        <source>site %1 (%2)</source>
        <translation>verksamhetsställe %1 (%2)</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>name</source>
        <translation>namn</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>enhet</translation>
    </message>
    <message>
        <source>municipality</source>
        <translation>kommun</translation>
    </message>
    <message>
        <source>county</source>
        <translation>välfärdsområde</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>arkiverat</translation>
    </message>
    <message>
        <source>no longer archived</source>
        <translation>inte längre arkiverat</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>it gives site %1 other details than %2 (%3); import them one at a time</source>
        <translation>den ger verksamhetsstället %1 andra uppgifter än %2 (%3); importera dem en i taget</translation>
    </message>
    <message>
        <source>review %1 is here a review of %2; the file makes it a review of %3</source>
        <translation>granskning %1 gäller här %2; filen gör den till en granskning av %3</translation>
    </message>
    <message>
        <source>%1, but the review is final here (reopen it first)</source>
        <translation>%1, men granskningen är slutförd här (öppna den på nytt först)</translation>
    </message>
    <message>
        <source>the file changes %1: %2</source>
        <translation>filen ändrar %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1, but the site has %n final review(s) here, which lock its details (reopen them first, or change the site here)</source>
        <translation>
            <numerusform>%1, men verksamhetsstället har %n slutförd granskning här, som låser dess uppgifter (öppna den på nytt först, eller ändra verksamhetsstället här)</numerusform>
            <numerusform>%1, men verksamhetsstället har %n slutförda granskningar här, som låser dess uppgifter (öppna dem på nytt först, eller ändra verksamhetsstället här)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SiteDialog</name>
    <message>
        <source>Site</source>
        <translation>Verksamhetsställe</translation>
    </message>
    <message>
        <source>A site is one service that is reviewed: a unit of an organisation in a municipality of a wellbeing services county.</source>
        <translation>Ett verksamhetsställe är en tjänst som granskas: en enhet inom en organisation i en kommun i ett välfärdsområde.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>Site name</source>
        <translation>Verksamhetsställets namn</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Enhet:</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>&amp;Kommun:</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>&amp;Wellbeing services county:</source>
        <translation>&amp;Välfärdsområde:</translation>
    </message>
    <message>
        <source>Wellbeing services county</source>
        <translation>Välfärdsområde</translation>
    </message>
    <message>
        <source>Choose a county</source>
        <translation>Välj ett välfärdsområde</translation>
    </message>
    <message>
        <source>Other &amp;county:</source>
        <translation>&amp;Annat välfärdsområde:</translation>
    </message>
    <message>
        <source>Other county</source>
        <translation>Annat välfärdsområde</translation>
    </message>
    <message>
        <source>The name as comparisons should show it</source>
        <translation>Namnet så som jämförelserna ska visa det</translation>
    </message>
</context>
<context>
    <name>SiteHistory</name>
    <message>
        <source>There is no site &quot;%1&quot;; &apos;laatu-cli list&apos; shows the sites of the reviews.</source>
        <translation>Det finns inget verksamhetsställe &quot;%1&quot;; &apos;laatu-cli list&apos; visar granskningarnas verksamhetsställen.</translation>
    </message>
    <message>
        <source>Several sites are called &quot;%1&quot;; give the UUID of one: %2.</source>
        <translation>Flera verksamhetsställen heter &quot;%1&quot;; ange UUID för ett av dem: %2.</translation>
    </message>
</context>
<context>
    <name>SiteRepository</name>
    <message>
        <source>listing the sites</source>
        <translation>listningen av verksamhetsställena</translation>
    </message>
    <message>
        <source>saving the site %1</source>
        <translation>sparandet av verksamhetsstället %1</translation>
    </message>
    <message>
        <source>A site needs a name.</source>
        <translation>Ett verksamhetsställe behöver ett namn.</translation>
    </message>
    <message>
        <source>reading the site %1</source>
        <translation>läsningen av verksamhetsstället %1</translation>
    </message>
</context>
<context>
    <name>StorageError</name>
    <message>
        <source>The disk is full, so %1 did not happen. Free some disk space and try again; everything saved before is intact.</source>
        <translation>Disken är full, så %1 genomfördes inte. Frigör diskutrymme och försök igen; allt som sparats tidigare är i behåll.</translation>
    </message>
    <message>
        <source>The database cannot be written (%1), so %2 did not happen.</source>
        <translation>Det går inte att skriva till databasen (%1), så %2 genomfördes inte.</translation>
    </message>
    <message>
        <source>The database is busy in another program, so %1 did not happen. Try again in a moment.</source>
        <translation>Databasen är upptagen i ett annat program, så %1 genomfördes inte. Försök igen om en stund.</translation>
    </message>
    <message>
        <source>The database file is damaged (%1). Laatu stopped writing to it: restore the newest backup (laatu-cli restore).</source>
        <translation>Databasfilen är skadad (%1). Laatu slutade skriva till den: återställ den nyaste säkerhetskopian (laatu-cli restore).</translation>
    </message>
    <message>
        <source>The disk reported an error while %1 (%2). Check the disk; everything saved before is intact.</source>
        <translation>Disken rapporterade ett fel vid %1 (%2). Kontrollera disken; allt som sparats tidigare är i behåll.</translation>
    </message>
    <message>
        <source>The data was refused while %1: %2.</source>
        <translation>Uppgifterna avvisades vid %1: %2.</translation>
    </message>
    <message>
        <source>Database error while %1: %2.</source>
        <translation>Databasfel vid %1: %2.</translation>
    </message>
    <message>
        <source>There is no review %1 in the database.</source>
        <translation>Det finns ingen granskning %1 i databasen.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full (%2 KiB free): SQLite needs room beside the database even to read it. Free some disk space and try again; nothing was changed.</source>
        <translation>Disken där %1 finns är full (%2&#xa0;KiB ledigt): SQLite behöver utrymme bredvid databasen redan för att läsa den. Frigör diskutrymme och försök igen; ingenting ändrades.</translation>
    </message>
</context>
<context>
    <name>StoredValues</name>
    <message>
        <source>Review %1 has %2 %3 in the database, which is not one Laatu writes (%4): the file was changed outside Laatu. Run &apos;laatu-cli check&apos; and restore the newest backup (laatu-cli restore).</source>
        <translation>Granskning %1 har %2 %3 i databasen, vilket inte är ett värde som Laatu skriver (%4): filen har ändrats utanför Laatu. Kör &apos;laatu-cli check&apos; och återställ den nyaste säkerhetskopian (laatu-cli restore).</translation>
    </message>
    <message>
        <source>the kind</source>
        <translation>typen</translation>
    </message>
    <message>
        <source>the status</source>
        <translation>statusen</translation>
    </message>
    <message>
        <source>a finding of the kind</source>
        <translation>en iakttagelse av typen</translation>
    </message>
    <message>
        <source>an action with the status</source>
        <translation>en åtgärd med statusen</translation>
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
        <translation>okänt kriterium &quot;%1&quot;; se id:na med &apos;laatu-cli catalog&apos;</translation>
    </message>
    <message>
        <source>criterion &quot;%1&quot; is descriptive: the reviewers rate it against the anchors, there is no suggestion</source>
        <translation>kriteriet &quot;%1&quot; är beskrivande: bedömarna bedömer det mot ankarbeskrivningarna, det finns inget förslag</translation>
    </message>
    <message>
        <source>&quot;%1&quot; counts elements present: give a whole number from 0 to %2, not &quot;%3&quot;</source>
        <translation>&quot;%1&quot; räknar element som förverkligas: ange ett heltal från 0 till %2, inte &quot;%3&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number (or A/B with B not 0)</source>
        <translation>&quot;%1&quot; är inte ett tal (eller A/B där B inte är 0)</translation>
    </message>
    <message>
        <source>%1 is outside the range of &quot;%2&quot; (%3 to %4)</source>
        <translation>%1 ligger utanför intervallet för &quot;%2&quot; (%3 till %4)</translation>
    </message>
</context>
<context>
    <name>TextRules</name>
    <message>
        <source>holds a lone surrogate (%1) at character %2, which is not valid text</source>
        <translation>innehåller ett ensamt surrogattecken (%1) vid tecken %2, vilket inte är giltig text</translation>
    </message>
    <message>
        <source>holds a line break (%1) at character %2; it must be one line</source>
        <translation>innehåller en radbrytning (%1) vid tecken %2; texten måste vara en rad</translation>
    </message>
    <message>
        <source>holds the control character %1 at character %2</source>
        <translation>innehåller styrtecknet %1 vid tecken %2</translation>
    </message>
    <message>
        <source>holds the bidirectional control %1 at character %2, which would reorder the text shown around it</source>
        <translation>innehåller riktningsstyrtecknet %1 vid tecken %2, vilket skulle ändra ordningen på texten som visas runt det</translation>
    </message>
    <message>
        <source>holds the noncharacter %1 at character %2</source>
        <translation>innehåller icke-tecknet %1 vid tecken %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; %2</source>
        <translation>&quot;%1&quot; %2</translation>
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
    <name>UserFileWriter</name>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>%1 kan inte skrivas: %2.</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2.</source>
        <translation>%1 kunde inte sparas: %2.</translation>
    </message>
    <message>
        <source>%1 was written but reads back differently; the disk may be failing.</source>
        <translation>%1 skrevs men läses tillbaka annorlunda; disken kan vara på väg att gå sönder.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link to %2; Laatu does not write through a link. Give the file itself (%2) if that is the one to replace.</source>
        <translation>%1 är en symbolisk länk till %2; Laatu skriver inte via en länk. Ange själva filen (%2) om det är den som ska ersättas.</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name.</source>
        <translation>%1 är en mapp; ange ett filnamn.</translation>
    </message>
    <message>
        <source>%1 is not a regular file; give another file name.</source>
        <translation>%1 är inte en vanlig fil; ange ett annat filnamn.</translation>
    </message>
    <message>
        <source>the disk is full (%1 bytes free, %2 needed)</source>
        <translation>disken är full (%1 byte ledigt, %2 behövs)</translation>
    </message>
    <message>
        <source>the system did not say why</source>
        <translation>systemet uppgav ingen orsak</translation>
    </message>
</context>
<context>
    <name>VisitDeclarationParser</name>
    <message>
        <source>provider %1</source>
        <translation>uppgiftslämnare %1</translation>
    </message>
    <message>
        <source>duplicate provider &quot;%1&quot;</source>
        <translation>uppgiftslämnaren &quot;%1&quot; förekommer flera gånger</translation>
    </message>
    <message>
        <source>workbook</source>
        <translation>arbetsbok</translation>
    </message>
    <message>
        <source>workbook, %1 field %2</source>
        <translation>arbetsbok, %1, fält %2</translation>
    </message>
    <message>
        <source>the field key &quot;%1&quot; may hold only a-z, 0-9 and single hyphens</source>
        <translation>fältnyckeln &quot;%1&quot; får bara innehålla a-z, 0-9 och enkla bindestreck</translation>
    </message>
    <message>
        <source>duplicate %1 field &quot;%2&quot;</source>
        <translation>fältet &quot;%2&quot; i %1 förekommer flera gånger</translation>
    </message>
    <message>
        <source>unknown field type &quot;%1&quot; (expected number, yesNo, date or text)</source>
        <translation>okänd fälttyp &quot;%1&quot; (väntade number, yesNo, date eller text)</translation>
    </message>
    <message>
        <source>%1, prepare %2</source>
        <translation>%1, förberedelse %2</translation>
    </message>
    <message>
        <source>unknown provider &quot;%1&quot;; declare it under &quot;providers&quot;</source>
        <translation>okänd uppgiftslämnare &quot;%1&quot;; ange den under &quot;providers&quot;</translation>
    </message>
    <message>
        <source>%1, figures</source>
        <translation>%1, siffror</translation>
    </message>
    <message>
        <source>figures are given, but the criterion&apos;s suggestion is not numeric: no rule uses them</source>
        <translation>siffror har angetts, men kriteriets förslag är inte numeriskt: ingen regel använder dem</translation>
    </message>
    <message>
        <source>the figure &quot;%1&quot; is not an input of the rule (its inputs: %2)</source>
        <translation>siffran &quot;%1&quot; är inte indata för regeln (regelns indata: %2)</translation>
    </message>
    <message>
        <source>the input &quot;%1&quot; has no figure; give figures for both inputs or for neither</source>
        <translation>indata &quot;%1&quot; saknar siffra; ange siffror för båda indata eller för ingendera</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>a figure is one computation, e.g. {&quot;sum&quot;: &quot;coaches.fte&quot;}</source>
        <translation>en siffra är en enda beräkning, t.ex. {&quot;sum&quot;: &quot;coaches.fte&quot;}</translation>
    </message>
    <message>
        <source>unknown computation &quot;%1&quot; (expected sum, count, countYes, countDistinct or sumDays)</source>
        <translation>okänd beräkning &quot;%1&quot; (väntade sum, count, countYes, countDistinct eller sumDays)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs two date fields, from and to</source>
        <translation>&quot;%1&quot; behöver två datumfält, från och till</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs one field</source>
        <translation>&quot;%1&quot; behöver ett fält</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a %2 field, but %3 field &quot;%4&quot; is %5</source>
        <translation>&quot;%1&quot; behöver ett fält av typen %2, men fältet &quot;%4&quot; i %3 är av typen %5</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a workbook field; write coaches.KEY or records.KEY</source>
        <translation>&quot;%1&quot; är inte ett fält i arbetsboken; skriv coaches.KEY eller records.KEY</translation>
    </message>
    <message>
        <source>the fields of one figure must come from one table</source>
        <translation>fälten för en siffra måste komma från samma tabell</translation>
    </message>
    <message>
        <source>the workbook declares no %1 field &quot;%2&quot;</source>
        <translation>arbetsboken anger inget fält &quot;%2&quot; i %1</translation>
    </message>
</context>
<context>
    <name>VisitPlanJson</name>
    <message>
        <source>%1: &quot;items&quot; must be a list</source>
        <translation>%1: &quot;items&quot; måste vara en lista</translation>
    </message>
    <message>
        <source>%1: more than %2 items</source>
        <translation>%1: fler än %2 punkter</translation>
    </message>
    <message>
        <source>%1, item %2</source>
        <translation>%1, punkt %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>måste vara ett objekt</translation>
    </message>
    <message>
        <source>unknown member &quot;%1&quot;</source>
        <translation>okänd medlem &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;day&quot; must be a whole number</source>
        <translation>&quot;day&quot; måste vara ett heltal</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a text</source>
        <translation>&quot;%1&quot; måste vara en text</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is longer than %2 characters</source>
        <translation>&quot;%1&quot; är längre än %2 tecken</translation>
    </message>
    <message>
        <source>&quot;start&quot; must be a time as HH:MM, not &quot;%1&quot;</source>
        <translation>&quot;start&quot; måste vara en tid i formen HH:MM, inte &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;end&quot; must be a time as HH:MM or empty, not &quot;%1&quot;</source>
        <translation>&quot;end&quot; måste vara en tid i formen HH:MM eller tom, inte &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the UUID %1 is used by an earlier item</source>
        <translation>UUID %1 används redan av en tidigare punkt</translation>
    </message>
    <message>
        <source>visit plan</source>
        <translation>besöksprogram</translation>
    </message>
    <message>
        <source>%1: must be an object</source>
        <translation>%1: måste vara ett objekt</translation>
    </message>
    <message>
        <source>%1: unknown member &quot;%2&quot;</source>
        <translation>%1: okänd medlem &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>VisitPlanRules</name>
    <message>
        <source>visit plan, item %1</source>
        <translation>besöksprogram, punkt %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&quot;uuid&quot; must be a lower-case UUID</source>
        <translation>&quot;uuid&quot; måste vara ett UUID med små bokstäver</translation>
    </message>
    <message>
        <source>the day must be a day of the visit from 1 to %1, not %2</source>
        <translation>dagen måste vara en av besöksdagarna 1–%1, inte %2</translation>
    </message>
    <message>
        <source>the start time must be a time of day as HH:MM (00:00 to 23:59)</source>
        <translation>starttiden måste vara ett klockslag i formen HH:MM (00:00–23:59)</translation>
    </message>
    <message>
        <source>the start time must be whole minutes</source>
        <translation>starttiden måste anges i hela minuter</translation>
    </message>
    <message>
        <source>the end time %1 is not after the start time %2</source>
        <translation>sluttiden %1 är inte efter starttiden %2</translation>
    </message>
    <message>
        <source>the end time must be whole minutes</source>
        <translation>sluttiden måste anges i hela minuter</translation>
    </message>
    <message>
        <source>&quot;what&quot; must say what happens</source>
        <translation>&quot;Innehåll&quot; måste ange vad som händer</translation>
    </message>
    <message>
        <source>visit plan: more than %1 items</source>
        <translation>besöksprogram: fler än %1 punkter</translation>
    </message>
    <message>
        <source>%1: the UUID %2 is used by an earlier item</source>
        <translation>%1: UUID %2 används redan av en tidigare punkt</translation>
    </message>
</context>
<context>
    <name>VisitPlanStore</name>
    <message>
        <source>Review %1 holds a damaged visit plan item %2. Run &apos;laatu-cli check&apos; and restore the newest backup (laatu-cli restore).</source>
        <translation>Granskning %1 innehåller en skadad punkt %2 i besöksprogrammet. Kör &apos;laatu-cli check&apos; och återställ den nyaste säkerhetskopian (laatu-cli restore).</translation>
    </message>
</context>
<context>
    <name>VisitPlanTemplate</name>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 finns inte</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 KiB; a visit plan template is a small file</source>
        <translation>%1 är större än %2 KiB; en mall för besöksprogram är en liten fil</translation>
    </message>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation>ogiltig JSON vid byte %1: %2</translation>
    </message>
    <message>
        <source>not a visit plan template (&quot;format&quot; must be &quot;%1&quot;)</source>
        <translation>inte en mall för besöksprogram (&quot;format&quot; måste vara &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>&quot;formatVersion&quot; must be %1</source>
        <translation>&quot;formatVersion&quot; måste vara %1</translation>
    </message>
    <message>
        <source>&quot;language&quot; must be a text such as &quot;fi&quot;</source>
        <translation>&quot;language&quot; måste vara en text, till exempel &quot;fi&quot;</translation>
    </message>
    <message>
        <source>visit plan template</source>
        <translation>mall för besöksprogram</translation>
    </message>
    <message>
        <source>the template has no items</source>
        <translation>mallen har inga punkter</translation>
    </message>
</context>
<context>
    <name>WorkbookCommand</name>
    <message>
        <source>typed</source>
        <translation>inmatad</translation>
    </message>
    <message>
        <source>computed</source>
        <translation>beräknad</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>saknas</translation>
    </message>
    <message>
        <source>Show a review&apos;s evidence workbook: the figures it gives, or its rows as CSV.</source>
        <translation>Visa en gransknings arbetsbok för underlaget: siffrorna den ger eller dess rader som CSV.</translation>
    </message>
    <message>
        <source>Shows the figures the evidence workbook of one review gives each numeric criterion (typed figures win and are marked), or with --csv its coach and record rows.</source>
        <translation>Visar de siffror som arbetsboken för underlaget i en granskning ger för varje numeriskt kriterium (siffror som matats in för hand har företräde och är markerade), eller med --csv arbetsbokens rader för arbetsspecialister och klientjournaler.</translation>
    </message>
    <message>
        <source>Review number or UUID.</source>
        <translation>Granskningens nummer eller UUID.</translation>
    </message>
    <message>
        <source>Print the workbook&apos;s rows as CSV.</source>
        <translation>Skriv ut arbetsbokens rader som CSV.</translation>
    </message>
    <message>
        <source>expected one review number or UUID</source>
        <translation>väntade ett granskningsnummer eller UUID</translation>
    </message>
    <message>
        <source>Workbook of review %1: %2 coaches, %3 records</source>
        <translation>Arbetsbok för granskning %1: %2 arbetsspecialister, %3 klientjournaler</translation>
    </message>
    <message>
        <source> (the records were cleared)</source>
        <translation> (klientjournalerna har raderats)</translation>
    </message>
    <message>
        <source>; computed from %1</source>
        <translation>; beräknade utifrån %1</translation>
    </message>
    <message>
        <source>Clear the record rows of a final review: the figures they gave are kept as typed figures, and the audit log says so.</source>
        <translation>Rensar journalraderna i en slutförd granskning: siffrorna som beräknades ur dem sparas som inmatade siffror, och rensningen förs in i ändringsloggen.</translation>
    </message>
    <message>
        <source>--clear-records and --csv cannot be combined</source>
        <translation>--clear-records och --csv kan inte kombineras</translation>
    </message>
    <message>
        <source>Cleared %1 record rows of review %2; the figures they gave are kept.</source>
        <translation>%1 journalrader rensades ur granskning %2; siffrorna som beräknades ur dem sparades.</translation>
    </message>
</context>
<context>
    <name>WorkbookFigure</name>
    <message>
        <source>coach %1</source>
        <translation>arbetsspecialist %1</translation>
    </message>
    <message>
        <source>record %1</source>
        <translation>klientjournal %1</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number of zero or more</source>
        <translation>%1: &quot;%2&quot; är inte ett tal som är noll eller större</translation>
    </message>
    <message>
        <source>%1: a date is not a valid day</source>
        <translation>%1: ett av datumen är inte ett giltigt datum</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is before &quot;%3&quot;</source>
        <translation>%1: &quot;%2&quot; infaller före &quot;%3&quot;</translation>
    </message>
    <message>
        <source>the sum is too large to compute exactly</source>
        <translation>summan är för stor för att kunna beräknas exakt</translation>
    </message>
</context>
<context>
    <name>WorkbookJson</name>
    <message>
        <source>workbook: &quot;%1&quot; must be a list</source>
        <translation>arbetsbok: &quot;%1&quot; måste vara en lista</translation>
    </message>
    <message>
        <source>workbook: &quot;%1&quot; has more than %2 rows</source>
        <translation>arbetsbok: &quot;%1&quot; har fler än %2 rader</translation>
    </message>
    <message>
        <source>workbook, %1: %2</source>
        <translation>arbetsbok, %1: %2</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>måste vara ett objekt</translation>
    </message>
    <message>
        <source>&quot;uuid&quot; must be a lower-case UUID</source>
        <translation>&quot;uuid&quot; måste vara ett UUID med små bokstäver</translation>
    </message>
    <message>
        <source>&quot;code&quot; must be a non-empty text</source>
        <translation>&quot;code&quot; måste vara en text som inte är tom</translation>
    </message>
    <message>
        <source>&quot;rater&quot; must be a reviewer&apos;s UUID</source>
        <translation>&quot;rater&quot; måste vara en bedömares UUID</translation>
    </message>
    <message>
        <source>&quot;values&quot; must be an object of texts</source>
        <translation>&quot;values&quot; måste vara ett objekt med texter</translation>
    </message>
    <message>
        <source>the value of &quot;%1&quot; must be a non-empty text</source>
        <translation>värdet för &quot;%1&quot; måste vara en text som inte är tom</translation>
    </message>
    <message>
        <source>workbook: must be an object</source>
        <translation>arbetsbok: måste vara ett objekt</translation>
    </message>
    <message>
        <source>coach</source>
        <translation>arbetsspecialist</translation>
    </message>
    <message>
        <source>record</source>
        <translation>klientjournal</translation>
    </message>
    <message>
        <source>workbook: &quot;recordsCleared&quot; must be true or false</source>
        <translation>arbetsbok: &quot;recordsCleared&quot; måste vara true eller false</translation>
    </message>
</context>
<context>
    <name>WorkbookMerger</name>
    <message>
        <source>the file&apos;s record row &quot;%1&quot; (%2) is a coach row here (&quot;%3&quot;); a row cannot move between the coaches and the records</source>
        <translation>filens journalrad &quot;%1&quot; (%2) är en arbetsspecialistrad här (&quot;%3&quot;); en rad kan inte flyttas mellan arbetsspecialisterna och klientjournalerna</translation>
    </message>
    <message>
        <source>the file&apos;s coach row &quot;%1&quot; (%2) is a record row here (&quot;%3&quot;); a row cannot move between the coaches and the records</source>
        <translation>filens arbetsspecialistrad &quot;%1&quot; (%2) är en journalrad här (&quot;%3&quot;); en rad kan inte flyttas mellan arbetsspecialisterna och klientjournalerna</translation>
    </message>
</context>
<context>
    <name>WorkbookStore</name>
    <message>
        <source>Review %1 holds a damaged workbook row %2. Run &apos;laatu-cli check&apos; and restore the newest backup (laatu-cli restore).</source>
        <translation>Granskning %1 innehåller en skadad rad %2 i arbetsboken. Kör &apos;laatu-cli check&apos; och återställ den nyaste säkerhetskopian (laatu-cli restore).</translation>
    </message>
</context>
<context>
    <name>WriterLock</name>
    <message>
        <source>%1 on %2 (process %3) has it open for writing</source>
        <translation>%1 på %2 (process %3) har den öppen för skrivning</translation>
    </message>
    <message>
        <source>another program is opening it for writing</source>
        <translation>ett annat program håller på att öppna den för skrivning</translation>
    </message>
    <message>
        <source>the folder %1 cannot be written</source>
        <translation>det går inte att skriva i mappen %1</translation>
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
        <source>laatu-cli: no command given</source>
        <translation>laatu-cli: inget kommando angavs</translation>
    </message>
    <message>
        <source>laatu-cli: unknown command &quot;%1&quot;</source>
        <translation>laatu-cli: okänt kommando &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Try &apos;laatu-cli --help&apos;.</source>
        <translation>Prova &apos;laatu-cli --help&apos;.</translation>
    </message>
    <message>
        <source>The database file (default: %1).</source>
        <translation>Databasfilen (standard: %1).</translation>
    </message>
    <message>
        <source>laatu-cli %1: the database is read-only: %2.</source>
        <translation>laatu-cli %1: databasen är skrivskyddad: %2.</translation>
    </message>
    <message>
        <source>laatu-cli %1: %2</source>
        <translation>laatu-cli %1: %2</translation>
    </message>
    <message>
        <source>%1 is damaged (%2); nothing was changed. Run laatu-cli check --db &quot;%1&quot; for a full report and restore the newest backup (laatu-cli restore).</source>
        <translation>%1 är skadad (%2); ingenting ändrades. Kör laatu-cli check --db &quot;%1&quot; för en fullständig rapport och återställ den nyaste säkerhetskopian (laatu-cli restore).</translation>
    </message>
    <message>
        <source>Only this laptop&apos;s own reviews, not those pulled from the programme.</source>
        <translation>Bara den här datorns egna granskningar, inte de som hämtats från programmet.</translation>
    </message>
    <message>
        <source>
&apos;laatu-cli &lt;command&gt; --help&apos; describes a command.

Exit codes: 0 ok, 2 wrong usage, 3 bad input or output file (or a conflict or a refused review), 4 database or server problem, 5 merged with conflicts, 6 programme server unreachable.
</source>
        <translation>
&apos;laatu-cli &lt;command&gt; --help&apos; beskriver ett kommando.

Slutkoder: 0 ok, 2 felaktig användning, 3 felaktig in- eller utdatafil (eller en konflikt eller en avvisad granskning), 4 databas- eller serverproblem, 5 sammanslaget med konflikter, 6 programmets server kan inte nås.
</translation>
    </message>
</context>
<context>
    <name>laatu::ScoreCard</name>
    <message>
        <source>rating for unknown criterion &quot;%1&quot;</source>
        <translation>poäng för okänt kriterium &quot;%1&quot;</translation>
    </message>
    <message>
        <source>rating %1 of &quot;%2&quot; is outside the scale %3-%4</source>
        <translation>poängen %1 för &quot;%2&quot; ligger utanför skalan %3-%4</translation>
    </message>
</context>
<context>
    <name>laatu::gui::ActionPlanTable</name>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Senast</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Åtgärdsplan</translation>
    </message>
    <message>
        <source>Status of &quot;%1&quot;</source>
        <translation>Status för &quot;%1&quot;</translation>
    </message>
    <message>
        <source>New action: type what is to be done, then Tab to who, by when and status. It is saved once it has a text.</source>
        <translation>Ny åtgärd: skriv vad som ska göras och gå sedan med Tabb till ansvarig, senast och status. Den sparas när den har en text.</translation>
    </message>
    <message>
        <source>Choose the action to remove first</source>
        <translation>Välj först den åtgärd som ska tas bort</translation>
    </message>
    <message>
        <source>The new action was not saved</source>
        <translation>Den nya åtgärden sparades inte</translation>
    </message>
    <message>
        <source>An action needs a text: the stored one is kept</source>
        <translation>En åtgärd behöver en text: den sparade behålls</translation>
    </message>
    <message>
        <source>The new action had no text and was not saved</source>
        <translation>Den nya åtgärden hade ingen text och sparades inte</translation>
    </message>
</context>
<context>
    <name>laatu::gui::AnalysisActions</name>
    <message>
        <source>Site History – Laatu</source>
        <translation>Verksamhetsställets historik – Laatu</translation>
    </message>
    <message>
        <source>County Comparison – Laatu</source>
        <translation>Jämförelse inom välfärdsområdet – Laatu</translation>
    </message>
</context>
<context>
    <name>laatu::gui::AnchorCard</name>
    <message>
        <source>Rating %1</source>
        <translation>Poäng %1</translation>
    </message>
    <message>
        <source>Rate %1 (key %1)</source>
        <translation>Ge poängen %1 (tangent %1)</translation>
    </message>
</context>
<context>
    <name>laatu::gui::AuditLogDialog</name>
    <message>
        <source>%1: nothing logged yet. The log records finalising, reopening with its reason, revealing the sheets, and every change after a reopening.</source>
        <translation>%1: ingenting har loggats ännu. Loggen registrerar slutförande, öppnande på nytt med orsak, avslöjande av poängen och varje ändring efter ett öppnande på nytt.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n logged step(s), oldest first.</source>
        <translation>
            <numerusform>%1: %n loggad händelse, äldst först.</numerusform>
            <numerusform>%1: %n loggade händelser, äldst först.</numerusform>
        </translation>
    </message>
    <message>
        <source>Finalised</source>
        <translation>Slutförd</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Öppnad på nytt</translation>
    </message>
    <message>
        <source>Sheets revealed</source>
        <translation>Poängen avslöjade</translation>
    </message>
    <message>
        <source>Consensus rating changed</source>
        <translation>Konsensuspoängen ändrades</translation>
    </message>
    <message>
        <source>Reviewer&apos;s rating changed</source>
        <translation>Bedömarens poäng ändrades</translation>
    </message>
    <message>
        <source>Note changed</source>
        <translation>Anteckningen ändrades</translation>
    </message>
    <message>
        <source>Figure changed</source>
        <translation>Siffran ändrades</translation>
    </message>
    <message>
        <source>Checklist changed</source>
        <translation>Checklistan ändrades</translation>
    </message>
    <message>
        <source>Finding saved</source>
        <translation>Iakttagelsen sparades</translation>
    </message>
    <message>
        <source>Finding removed</source>
        <translation>Iakttagelsen togs bort</translation>
    </message>
    <message>
        <source>Action saved</source>
        <translation>Åtgärden sparades</translation>
    </message>
    <message>
        <source>Action removed</source>
        <translation>Åtgärden togs bort</translation>
    </message>
</context>
<context>
    <name>laatu::gui::CatalogActions</name>
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
</context>
<context>
    <name>laatu::gui::ComparisonFilterBar</name>
    <message>
        <source>&amp;County:</source>
        <translation>&amp;Välfärdsområde:</translation>
    </message>
    <message>
        <source>Wellbeing services county</source>
        <translation>Välfärdsområde</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Från:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Till:</translation>
    </message>
    <message>
        <source>any time</source>
        <translation>när som helst</translation>
    </message>
    <message>
        <source>Visits from</source>
        <translation>Besök från</translation>
    </message>
    <message>
        <source>Visits until</source>
        <translation>Besök till och med</translation>
    </message>
    <message>
        <source>&amp;Latest final review per site</source>
        <translation>&amp;Senaste slutförda granskningen per verksamhetsställe</translation>
    </message>
    <message>
        <source>Include &amp;self-assessments</source>
        <translation>Ta med s&amp;jälvvärderingar</translation>
    </message>
    <message>
        <source>All re&amp;views</source>
        <translation>&amp;Alla granskningar</translation>
    </message>
</context>
<context>
    <name>laatu::gui::ComparisonTableModel</name>
    <message>
        <source>Incomplete</source>
        <translation>Ofullständig</translation>
    </message>
    <message>
        <source>%1 – %2. %3: %4</source>
        <translation>%1 – %2. %3: %4</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>inte bedömt</translation>
    </message>
    <message>
        <source>Criterion %1, %2</source>
        <translation>Kriterium %1, %2</translation>
    </message>
    <message>
        <source>%1, %2 (%3)</source>
        <translation>%1, %2 (%3)</translation>
    </message>
    <message>
        <source>%1 of %2 criteria rated: no total until all are</source>
        <translation>%1 av %2 kriterier bedömda: ingen totalpoäng förrän alla är bedömda</translation>
    </message>
    <message>
        <source>%1. %2 – county mean %3</source>
        <translation>%1. %2 – medelvärde för välfärdsområdet %3</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Criterion %1: %2</source>
        <translation>Kriterium %1: %2</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Verksamhetsställe</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Besök</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalpoäng</translation>
    </message>
    <message>
        <source>Mean rating of the criteria</source>
        <translation>Medelvärdet av kriteriernas poäng</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Medelvärde</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivå</translation>
    </message>
</context>
<context>
    <name>laatu::gui::ConnectionTestRunner</name>
    <message>
        <source>Connected to %1 as %2; the programme schema is version %3.</source>
        <translation>Ansluten till %1 som %2; programschemat har version %3.</translation>
    </message>
</context>
<context>
    <name>laatu::gui::ConsensusView</name>
    <message>
        <source>&amp;Use Agreed Ratings</source>
        <translation>Använd &amp;samstämmiga poäng</translation>
    </message>
    <message>
        <source>Sets the consensus wherever every reviewer gave the same rating and no consensus is set yet.</source>
        <translation>Sätter konsensus överallt där alla bedömare gav samma poäng och ingen konsensus ännu har satts.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Skillnad</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>Konsensus</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivering</translation>
    </message>
    <message>
        <source>Ratings side by side</source>
        <translation>Poängen sida vid sida</translation>
    </message>
    <message>
        <source>The reviewers differ by %1: the consensus needs a written reason.</source>
        <translation>Bedömarna skiljer sig med %1: konsensus behöver en skriftlig motivering.</translation>
    </message>
    <message>
        <source>The reviewers differ by 1.</source>
        <translation>Bedömarna skiljer sig med 1.</translation>
    </message>
    <message>
        <source>Type 1–5; empty clears</source>
        <translation>Skriv 1–5; tomt raderar</translation>
    </message>
    <message>
        <source>Reason needed before the review can be final</source>
        <translation>Motivering behövs innan granskningen kan slutföras</translation>
    </message>
    <message>
        <source>Agreement over %1 criteria both reviewers rated: exact %2 (%3), within one point %4 (%5), 2 or more apart %6%7.</source>
        <translation>Överensstämmelse för %1 kriterier som båda bedömarna bedömde: exakt %2 (%3), högst en poängs skillnad %4 (%5), skillnad på 2 eller mer %6%7.</translation>
    </message>
    <message>
        <source> (criteria %1)</source>
        <translation> (kriterierna %1)</translation>
    </message>
    <message>
        <source>Weighted kappa %1.</source>
        <translation>Viktad kappa %1.</translation>
    </message>
    <message>
        <source>Agreement figures need two or more reviewers.</source>
        <translation>Siffror om överensstämmelse kräver två eller fler bedömare.</translation>
    </message>
    <message>
        <source>Agreement figures appear once the reviewers have rated the same criteria.</source>
        <translation>Siffror om överensstämmelse visas när bedömarna har bedömt samma kriterier.</translation>
    </message>
    <message>
        <source>Write the reason for the consensus on criteria %1 before the review can be final.</source>
        <translation>Skriv motiveringen till konsensus för kriterierna %1 innan granskningen kan slutföras.</translation>
    </message>
    <message>
        <source>Use agreed ratings</source>
        <translation>Använd samstämmiga poäng</translation>
    </message>
    <message>
        <source>Every reviewer has rated every criterion. Reveal the sheets to compare them and agree the consensus.</source>
        <translation>Alla bedömare har bedömt alla kriterier. Avslöja poängen för att jämföra dem och komma överens om konsensus.</translation>
    </message>
    <message>
        <source>The reviewers are rating independently: each sees only their own ratings until the sheets are revealed. Reveal them when everyone has rated every criterion.</source>
        <translation>Bedömarna bedömer självständigt: var och en ser bara sina egna poäng tills poängen avslöjas. Avslöja dem när alla har bedömt alla kriterier.</translation>
    </message>
    <message>
        <source>Re&amp;veal the Sheets…</source>
        <translation>Avslöja &amp;poängen…</translation>
    </message>
</context>
<context>
    <name>laatu::gui::CountyComparisonView</name>
    <message>
        <source>Export CS&amp;V…</source>
        <translation>Exportera &amp;CSV…</translation>
    </message>
    <message>
        <source>Saves the table, in the order shown, for a spreadsheet.</source>
        <translation>Sparar tabellen, i den ordning som visas, för ett kalkylprogram.</translation>
    </message>
    <message>
        <source>Export C&amp;hart…</source>
        <translation>Exportera &amp;diagram…</translation>
    </message>
    <message>
        <source>Saves the totals chart as a PNG or SVG image.</source>
        <translation>Sparar diagrammet över totalpoäng som en PNG- eller SVG-bild.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Skriv &amp;ut…</translation>
    </message>
    <message>
        <source>Sites by criterion</source>
        <translation>Verksamhetsställen per kriterium</translation>
    </message>
    <message>
        <source>One row per site, one column per criterion rated 1 to 5, then total, mean and level. Click a column header to sort.</source>
        <translation>En rad per verksamhetsställe, en kolumn per kriterium med poäng 1–5, sedan totalpoäng, medelvärde och nivå. Klicka på en kolumnrubrik för att sortera.</translation>
    </message>
    <message>
        <source>Totals by site</source>
        <translation>Totalpoäng per verksamhetsställe</translation>
    </message>
    <message>
        <source>Weakest criteria across the county</source>
        <translation>Svagaste kriterierna i välfärdsområdet</translation>
    </message>
    <message>
        <source>Ratings:</source>
        <translation>Poäng:</translation>
    </message>
    <message>
        <source>Hover over a column number for the criterion and its county mean.</source>
        <translation>Håll pekaren över ett kolumnnummer för att se kriteriet och välfärdsområdets medelvärde.</translation>
    </message>
    <message>
        <source>County Comparison</source>
        <translation>Jämförelse inom välfärdsområdet</translation>
    </message>
    <message>
        <source>Totals by site: %1</source>
        <translation>Totalpoäng per verksamhetsställe: %1</translation>
    </message>
    <message>
        <source>County comparison: %1</source>
        <translation>Jämförelse inom välfärdsområdet: %1</translation>
    </message>
    <message>
        <source>latest final review per site</source>
        <translation>senaste slutförda granskningen per verksamhetsställe</translation>
    </message>
    <message>
        <source>all reviews</source>
        <translation>alla granskningar</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exportera CSV</translation>
    </message>
    <message>
        <source>comparison-%1.csv</source>
        <translation>jämförelse-%1.csv</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV-fil (*.csv)</translation>
    </message>
    <message>
        <source>CSV Not Saved</source>
        <translation>CSV-filen sparades inte</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Exportera diagram</translation>
    </message>
    <message>
        <source>totals-%1.png</source>
        <translation>totalpoäng-%1.png</translation>
    </message>
    <message>
        <source>Chart Not Saved</source>
        <translation>Diagrammet sparades inte</translation>
    </message>
    <message>
        <source>Not Printed</source>
        <translation>Inte utskrivet</translation>
    </message>
    <message>
        <source>The printer could not be started. Check the printer and try again.</source>
        <translation>Skrivaren kunde inte startas. Kontrollera skrivaren och försök igen.</translation>
    </message>
    <message>
        <source>Totals chart, scrollable</source>
        <translation>Diagram över totalpoäng, rullbart</translation>
    </message>
</context>
<context>
    <name>laatu::gui::CriterionChangesPanel</name>
    <message>
        <source>F&amp;rom:</source>
        <translation>F&amp;rån:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Till:</translation>
    </message>
    <message>
        <source>Earlier review</source>
        <translation>Tidigare granskning</translation>
    </message>
    <message>
        <source>Later review</source>
        <translation>Senare granskning</translation>
    </message>
    <message>
        <source>%1 – total %2</source>
        <translation>%1 – totalpoäng %2</translation>
    </message>
    <message>
        <source>%1 – incomplete</source>
        <translation>%1 – ofullständig</translation>
    </message>
    <message>
        <source>Changes show once the site has two reviews.</source>
        <translation>Förändringarna visas när verksamhetsstället har två granskningar.</translation>
    </message>
    <message>
        <source>Choose two different reviews to compare.</source>
        <translation>Välj två olika granskningar att jämföra.</translation>
    </message>
    <message>
        <source>%1 criteria better, %2 worse, %3 unchanged.</source>
        <translation>Kriterier som blev bättre: %1, sämre: %2, oförändrade: %3.</translation>
    </message>
</context>
<context>
    <name>laatu::gui::CriterionChangesTable</name>
    <message>
        <source>Changes per criterion</source>
        <translation>Förändringar per kriterium</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Förändring</translation>
    </message>
    <message>
        <source>▲ +%1</source>
        <translation>▲ +%1</translation>
    </message>
    <message numerus="yes">
        <source>Improved by %n point(s)</source>
        <translation>
            <numerusform>Förbättrades med %n poäng</numerusform>
            <numerusform>Förbättrades med %n poäng</numerusform>
        </translation>
    </message>
    <message>
        <source>▼ −%1</source>
        <translation>▼ −%1</translation>
    </message>
    <message numerus="yes">
        <source>Fell by %n point(s)</source>
        <translation>
            <numerusform>Sjönk med %n poäng</numerusform>
            <numerusform>Sjönk med %n poäng</numerusform>
        </translation>
    </message>
    <message>
        <source>=</source>
        <translation>=</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Oförändrad</translation>
    </message>
</context>
<context>
    <name>laatu::gui::CriterionNavigator</name>
    <message>
        <source>Criteria of the review</source>
        <translation>Granskningens kriterier</translation>
    </message>
    <message>
        <source>rated %1</source>
        <translation>bedömt %1</translation>
    </message>
    <message>
        <source>unrated</source>
        <translation>inte bedömt</translation>
    </message>
    <message>
        <source>reviewers differ by %1</source>
        <translation>bedömarna skiljer sig med %1</translation>
    </message>
    <message>
        <source>has notes</source>
        <translation>har anteckningar</translation>
    </message>
</context>
<context>
    <name>laatu::gui::CriterionPage</name>
    <message>
        <source>%1 · criterion %2 of %3</source>
        <translation>%1 · kriterium %2 av %3</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>Underlag: %1</translation>
    </message>
    <message>
        <source>Reason for the consensus rating</source>
        <translation>Motivering till konsensuspoängen</translation>
    </message>
    <message>
        <source>Evidence notes</source>
        <translation>Anteckningar om underlag</translation>
    </message>
    <message>
        <source>Findings for the report</source>
        <translation>Iakttagelser för rapporten</translation>
    </message>
    <message>
        <source>S&amp;trength:</source>
        <translation>S&amp;tyrka:</translation>
    </message>
    <message>
        <source>Reco&amp;mmendation:</source>
        <translation>Reko&amp;mmendation:</translation>
    </message>
    <message>
        <source>Strength on this criterion</source>
        <translation>Styrka i detta kriterium</translation>
    </message>
    <message>
        <source>Recommendation on this criterion</source>
        <translation>Rekommendation för detta kriterium</translation>
    </message>
    <message>
        <source>What works well here (goes into the report)</source>
        <translation>Vad som fungerar bra här (kommer med i rapporten)</translation>
    </message>
    <message>
        <source>What to improve (goes into the report)</source>
        <translation>Vad som bör förbättras (kommer med i rapporten)</translation>
    </message>
    <message>
        <source>the consensus</source>
        <translation>konsensus</translation>
    </message>
    <message>
        <source>Rating for %1</source>
        <translation>Poäng för %1</translation>
    </message>
    <message>
        <source>consensus</source>
        <translation>konsensus</translation>
    </message>
    <message>
        <source>Chosen by: %1</source>
        <translation>Vald av: %1</translation>
    </message>
    <message>
        <source>The reviewers&apos; ratings differ by %1. Write why the consensus is what it is; the review cannot be final without it.</source>
        <translation>Bedömarnas poäng skiljer sig med %1. Skriv varför konsensus blev som den blev; granskningen kan inte slutföras utan motivering.</translation>
    </message>
    <message>
        <source>The reviewers&apos; ratings differ. A short reason helps the report&apos;s readers.</source>
        <translation>Bedömarnas poäng skiljer sig. En kort motivering hjälper rapportens läsare.</translation>
    </message>
    <message>
        <source>Choose the consensus rating first.</source>
        <translation>Välj konsensuspoängen först.</translation>
    </message>
    <message>
        <source>Accept the suggested rating</source>
        <translation>Godkänn den föreslagna poängen</translation>
    </message>
    <message>
        <source>Acce&amp;pt %1 (S)</source>
        <translation>&amp;Sätt %1 (S)</translation>
    </message>
    <message>
        <source>Acce&amp;pt (S)</source>
        <translation>&amp;Sätt förslaget (S)</translation>
    </message>
</context>
<context>
    <name>laatu::gui::CriterionWalk</name>
    <message>
        <source>Whose ratings are entered</source>
        <translation>Vems poäng som matas in</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>Konsensus</translation>
    </message>
    <message>
        <source>consensus</source>
        <translation>konsensus</translation>
    </message>
    <message>
        <source>Keys: 1–5 rate · 0 clears · S accepts the suggestion · Ctrl+D figures · PgDown/PgUp next/previous · Ctrl+R next reviewer</source>
        <translation>Tangenter: 1–5 ger poäng · 0 raderar · S godtar förslaget · Ctrl+D siffror · PgDown/PgUp nästa/föregående · Ctrl+R nästa bedömare</translation>
    </message>
    <message>
        <source>Rati&amp;ng as:</source>
        <translation>&amp;Bedömer som:</translation>
    </message>
    <message>
        <source>Rate %1</source>
        <translation>Ge poängen %1</translation>
    </message>
    <message>
        <source>Clear the rating</source>
        <translation>Radera poängen</translation>
    </message>
    <message>
        <source>Accept the suggested rating</source>
        <translation>Godkänn den föreslagna poängen</translation>
    </message>
    <message>
        <source>Next criterion</source>
        <translation>Nästa kriterium</translation>
    </message>
    <message>
        <source>Previous criterion</source>
        <translation>Föregående kriterium</translation>
    </message>
    <message>
        <source>Next reviewer&apos;s sheet</source>
        <translation>Nästa bedömares poäng</translation>
    </message>
    <message>
        <source>Go to the figures</source>
        <translation>Gå till siffrorna</translation>
    </message>
</context>
<context>
    <name>laatu::gui::EvidenceInputs</name>
    <message>
        <source>Figures</source>
        <translation>Siffror</translation>
    </message>
    <message>
        <source>Elements present</source>
        <translation>Element som förverkligas</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Anteckning: %1</translation>
    </message>
    <message>
        <source>%1: %2, which suggests %3.</source>
        <translation>%1: %2, vilket ger förslaget %3.</translation>
    </message>
    <message>
        <source>These figures give no rating: check them.</source>
        <translation>De här siffrorna ger ingen poäng: kontrollera dem.</translation>
    </message>
    <message>
        <source>Enter both figures to get a suggested rating.</source>
        <translation>Fyll i båda siffrorna för att få en föreslagen poäng.</translation>
    </message>
    <message>
        <source>%1 of %2 present, which suggests %3.</source>
        <translation>%1 av %2 förverkligas, vilket ger förslaget %3.</translation>
    </message>
    <message>
        <source>Tick the elements that are present to get a suggested rating.</source>
        <translation>Kryssa för de element som förverkligas för att få en föreslagen poäng.</translation>
    </message>
    <message>
        <source>Fill the workbook or enter both figures to get a suggested rating.</source>
        <translation>Fyll i arbetsboken eller ange båda siffrorna för att få en föreslagen poäng.</translation>
    </message>
    <message>
        <source>The workbook cannot compute these figures: %1</source>
        <translation>Arbetsboken kan inte beräkna de här siffrorna: %1</translation>
    </message>
    <message>
        <source>Computed from the workbook (%1); a figure typed here is used instead.</source>
        <translation>Beräknade utifrån arbetsboken (%1); en siffra som matas in här används i stället.</translation>
    </message>
    <message>
        <source>Computed from the workbook: %1.</source>
        <translation>Beräknade utifrån arbetsboken: %1.</translation>
    </message>
    <message>
        <source>Typed by hand.</source>
        <translation>Inmatade för hand.</translation>
    </message>
    <message>
        <source>The workbook computes these figures once it holds the coaches or records they need.</source>
        <translation>Arbetsboken beräknar de här siffrorna när den innehåller de arbetsspecialister eller klientjournaler som behövs.</translation>
    </message>
    <message>
        <source>Show Rows</source>
        <translation>Visa rader</translation>
    </message>
    <message>
        <source>Show rows</source>
        <translation>Visa rader</translation>
    </message>
    <message>
        <source>Opens the workbook with the rows these figures are computed from selected</source>
        <translation>Öppnar arbetsboken med de rader som siffrorna beräknas utifrån markerade</translation>
    </message>
</context>
<context>
    <name>laatu::gui::ExchangeActions</name>
    <message>
        <source>Ratings Not Exported</source>
        <translation>Bedömningarna exporterades inte</translation>
    </message>
    <message>
        <source>Export My Ratings</source>
        <translation>Exportera egna bedömningar</translation>
    </message>
    <message>
        <source>%1 - %2 - ratings.laatu.json</source>
        <translation>%1 - %2 - bedömningar.laatu.json</translation>
    </message>
    <message>
        <source>Laatu review files (*.json)</source>
        <translation>Laatu-granskningsfiler (*.json)</translation>
    </message>
    <message>
        <source>%1&apos;s ratings saved to %2</source>
        <translation>Poängen från %1 har sparats i %2</translation>
    </message>
    <message>
        <source>Merge Reviewer&apos;s Ratings</source>
        <translation>Sammanfoga en bedömares poäng</translation>
    </message>
    <message>
        <source>Laatu review files (*.json);;All files (*)</source>
        <translation>Laatu-granskningsfiler (*.json);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Ratings Not Merged</source>
        <translation>Poängen sammanfogades inte</translation>
    </message>
    <message>
        <source>Nothing was changed.

%1</source>
        <translation>Ingenting ändrades.

%1</translation>
    </message>
    <message>
        <source>Ratings Merged with Differences</source>
        <translation>Poängen sammanfogades med skillnader</translation>
    </message>
    <message>
        <source>Ratings merged from %1</source>
        <translation>Poängen har sammanfogats från %1</translation>
    </message>
    <message>
        <source>Nothing new in %1: it was merged before</source>
        <translation>Inget nytt i %1: den har redan sammanfogats</translation>
    </message>
    <message>
        <source>Review Not Sent</source>
        <translation>Granskningen skickades inte</translation>
    </message>
    <message>
        <source>Send to Co-reviewer</source>
        <translation>Skicka till medbedömaren</translation>
    </message>
    <message>
        <source>The review has no co-reviewer. Add the second reviewer when creating the review, then send it.</source>
        <translation>Granskningen har ingen medbedömare. Lägg till den andra bedömaren när du skapar granskningen och skicka den sedan.</translation>
    </message>
    <message>
        <source>%1 - for %2.laatu.json</source>
        <translation>%1 - till %2.laatu.json</translation>
    </message>
    <message>
        <source>Review for %1 saved to %2: without anyone&apos;s ratings, notes or findings. They open it with File → Open Review File.</source>
        <translation>Granskningen för %1 har sparats i %2, utan någons poäng, anteckningar eller iakttagelser. Medbedömaren öppnar den med Fil → Öppna granskningsfil.</translation>
    </message>
    <message>
        <source>Open Review File</source>
        <translation>Öppna granskningsfil</translation>
    </message>
    <message>
        <source>Replace Review</source>
        <translation>Ersätt granskningen</translation>
    </message>
    <message>
        <source>The review of %1 on %2 is already here, with other content than the file. Replace it with the file&apos;s version? What is here now is then gone; to bring in one reviewer&apos;s ratings, use Merge Reviewer&apos;s Ratings instead.</source>
        <translation>Granskningen av %1 den %2 finns redan här, med annat innehåll än i filen. Vill du ersätta den med filens version? Det som finns här nu försvinner då; använd i stället Sammanfoga en bedömares poäng för att ta in en bedömares poäng.</translation>
    </message>
    <message>
        <source>Review File Not Opened</source>
        <translation>Granskningsfilen öppnades inte</translation>
    </message>
    <message>
        <source>%1 was opened before; nothing in it is new</source>
        <translation>%1 har öppnats tidigare; inget i den är nytt</translation>
    </message>
    <message>
        <source>Review opened from %1</source>
        <translation>Granskningen har öppnats från %1</translation>
    </message>
    <message>
        <source>Nothing was merged from %1</source>
        <translation>Ingenting sammanfogades från %1</translation>
    </message>
    <message>
        <source>These differences appeared after the choice was made; the values here were kept:

• %1</source>
        <translation>De här skillnaderna uppstod efter att valet gjordes; värdena här behölls:

• %1</translation>
    </message>
    <message>
        <source>Ratings merged from %1.</source>
        <translation>Poängen har sammanfogats från %1.</translation>
    </message>
    <message numerus="yes">
        <source>Of %n difference(s): </source>
        <translation>
            <numerusform>Av %n skillnad: </numerusform>
            <numerusform>Av %n skillnader: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 taken from the file, %2 kept here.</source>
        <translation>%1 togs från filen, %2 behölls här.</translation>
    </message>
    <message>
        <source>Change Site Details</source>
        <translation>Ändra verksamhetsställets uppgifter</translation>
    </message>
    <message>
        <source>The file changes the details of a site already here:

• %1

Change them as the file says?</source>
        <translation>Filen ändrar uppgifterna för ett verksamhetsställe som redan finns här:

• %1

Ändra dem enligt filen?</translation>
    </message>
    <message>
        <source>Nothing was opened from %1: the sites stay as they are</source>
        <translation>Ingenting öppnades från %1: verksamhetsställena förblir som de är</translation>
    </message>
    <message numerus="yes">
        <source>The file holds %n record row(s) of the record sample.</source>
        <translation>
            <numerusform>Filen innehåller %n rad ur journalurvalet.</numerusform>
            <numerusform>Filen innehåller %n rader ur journalurvalet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coach row(s)</source>
        <translation>
            <numerusform>%n arbetsspecialistrad</numerusform>
            <numerusform>%n arbetsspecialistrader</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record row(s)</source>
        <translation>
            <numerusform>%n journalrad</numerusform>
            <numerusform>%n journalrader</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2 added.</source>
        <translation>%1 och %2 har lagts till.</translation>
    </message>
    <message>
        <source>%1 added.</source>
        <translation>%1 har lagts till.</translation>
    </message>
    <message numerus="yes">
        <source>%n record row(s) of the file not added: this review&apos;s record sample was cleared.</source>
        <translation>
            <numerusform>%n journalrad i filen lades inte till: journalurvalet i den här granskningen har rensats.</numerusform>
            <numerusform>%n journalrader i filen lades inte till: journalurvalet i den här granskningen har rensats.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>laatu::gui::ExportMineDialog</name>
    <message numerus="yes">
        <source>&amp;Include my record sample (%n row(s))</source>
        <translation>
            <numerusform>&amp;Ta med mitt journalurval (%n rad)</numerusform>
            <numerusform>&amp;Ta med mitt journalurval (%n rader)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>laatu::gui::FidelityTrendChart</name>
    <message>
        <source>Fidelity trend chart</source>
        <translation>Diagram över metodtrohetens utveckling</translation>
    </message>
</context>
<context>
    <name>laatu::gui::FindingsList</name>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Strengths and recommendations</source>
        <translation>Styrkor och rekommendationer</translation>
    </message>
    <message>
        <source>Whole service</source>
        <translation>Hela tjänsten</translation>
    </message>
    <message>
        <source>New strength: type it and press Enter to save it (Esc leaves it out)</source>
        <translation>Ny styrka: skriv den och tryck på Enter för att spara den (Esc utelämnar den)</translation>
    </message>
    <message>
        <source>New recommendation: type it and press Enter to save it (Esc leaves it out)</source>
        <translation>Ny rekommendation: skriv den och tryck på Enter för att spara den (Esc utelämnar den)</translation>
    </message>
    <message>
        <source>Choose the finding to remove first</source>
        <translation>Välj först den iakttagelse som ska tas bort</translation>
    </message>
    <message>
        <source>The new strength had no text and was not saved</source>
        <translation>Den nya styrkan hade ingen text och sparades inte</translation>
    </message>
    <message>
        <source>The new recommendation had no text and was not saved</source>
        <translation>Den nya rekommendationen hade ingen text och sparades inte</translation>
    </message>
</context>
<context>
    <name>laatu::gui::FindingsView</name>
    <message>
        <source>Add S&amp;trength</source>
        <translation>&amp;Lägg till styrka</translation>
    </message>
    <message>
        <source>Add Reco&amp;mmendation</source>
        <translation>Lägg till reko&amp;mmendation</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Remove the finding</source>
        <translation>Ta bort iakttagelsen</translation>
    </message>
    <message>
        <source>Action &amp;plan</source>
        <translation>Åtgärds&amp;plan</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Senast</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Remove the action item</source>
        <translation>Ta bort åtgärden</translation>
    </message>
    <message>
        <source>Actions of the previous review</source>
        <translation>Den föregående granskningens åtgärder</translation>
    </message>
    <message>
        <source>From the previous review (%1)</source>
        <translation>Från den föregående granskningen (%1)</translation>
    </message>
    <message>
        <source>No earlier review of this site</source>
        <translation>Ingen tidigare granskning av detta verksamhetsställe</translation>
    </message>
    <message>
        <source>Carry over open actions</source>
        <translation>Överför öppna åtgärder</translation>
    </message>
    <message>
        <source>Stren&amp;gths and recommendations</source>
        <translation>&amp;Styrkor och rekommendationer</translation>
    </message>
    <message>
        <source>Add Actio&amp;n</source>
        <translation>Lägg till &amp;åtgärd</translation>
    </message>
    <message>
        <source>Carry O&amp;ver Open Actions</source>
        <translation>&amp;Överför öppna åtgärder</translation>
    </message>
    <message>
        <source>Nothing carried over: there is no earlier review of this site</source>
        <translation>Ingenting överfördes: det finns ingen tidigare granskning av verksamhetsstället</translation>
    </message>
    <message>
        <source>Nothing carried over: the previous review has no open actions</source>
        <translation>Ingenting överfördes: den föregående granskningen har inga öppna åtgärder</translation>
    </message>
    <message>
        <source>Nothing carried over: the previous review&apos;s open actions are already in this plan</source>
        <translation>Ingenting överfördes: den föregående granskningens öppna åtgärder finns redan i den här planen</translation>
    </message>
    <message numerus="yes">
        <source>%n open action(s) carried over from the previous review</source>
        <translation>
            <numerusform>%n öppen åtgärd överförd från den föregående granskningen</numerusform>
            <numerusform>%n öppna åtgärder överförda från den föregående granskningen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>laatu::gui::FollowUpTree</name>
    <message>
        <source>Recommendations and actions followed up</source>
        <translation>Uppföljda rekommendationer och åtgärder</translation>
    </message>
    <message>
        <source>Recommendation or action</source>
        <translation>Rekommendation eller åtgärd</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>No recommendations or actions recorded yet.</source>
        <translation>Inga rekommendationer eller åtgärder har registrerats ännu.</translation>
    </message>
    <message>
        <source>Review of %1, followed up on %2</source>
        <translation>Granskningen den %1, uppföljd den %2</translation>
    </message>
    <message>
        <source>%1 of %2 actions done</source>
        <translation>%1 av %2 åtgärder klara</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Rekommendationer</translation>
    </message>
    <message>
        <source>general</source>
        <translation>allmän</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Actions carried out</source>
        <translation>Genomförda åtgärder</translation>
    </message>
    <message>
        <source>✓ Done</source>
        <translation>✓ Klar</translation>
    </message>
    <message>
        <source>Actions not carried out</source>
        <translation>Åtgärder som inte genomförts</translation>
    </message>
    <message>
        <source>Review of %1: to follow up at the next review</source>
        <translation>Granskningen den %1: följs upp vid nästa granskning</translation>
    </message>
    <message>
        <source>recommendation</source>
        <translation>rekommendation</translation>
    </message>
    <message>
        <source>%1 (due %2)</source>
        <translation>%1 (senast %2)</translation>
    </message>
</context>
<context>
    <name>laatu::gui::GuideWindow</name>
    <message>
        <source>Laatu Guide</source>
        <translation>Användarhandbok</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Användarhandbok</translation>
    </message>
</context>
<context>
    <name>laatu::gui::LanguageMenu</name>
    <message>
        <source>System Language</source>
        <translation>Systemets språk</translation>
    </message>
</context>
<context>
    <name>laatu::gui::MainWindow</name>
    <message>
        <source>Laatu – %1</source>
        <translation>%1</translation>
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
    <message>
        <source>Reviews Not Loaded</source>
        <translation>Granskningarna kunde inte läsas in</translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) in %1, read-only: %2</source>
        <translation>
            <numerusform>%n granskning i %1, skrivskyddad: %2</numerusform>
            <numerusform>%n granskningar i %1, skrivskyddad: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) in %1</source>
        <translation>
            <numerusform>%n granskning i %1</numerusform>
            <numerusform>%n granskningar i %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1: %2</source>
        <translation>Sparat %1: %2</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Inte sparat: %1</translation>
    </message>
    <message>
        <source>Restore Archived Site</source>
        <translation>Återställ arkiverat verksamhetsställe</translation>
    </message>
    <message>
        <source>&amp;Archive Site</source>
        <translation>&amp;Arkivera verksamhetsställe</translation>
    </message>
    <message>
        <source>Review Not Opened</source>
        <translation>Granskningen kunde inte öppnas</translation>
    </message>
    <message>
        <source>Review opened. Every change is saved at once.</source>
        <translation>Granskningen är öppen. Varje ändring sparas genast.</translation>
    </message>
    <message>
        <source>Review opened read-only.</source>
        <translation>Granskningen öppnades som skrivskyddad.</translation>
    </message>
    <message>
        <source>Sites and Reviews</source>
        <translation>Verksamhetsställen och granskningar</translation>
    </message>
</context>
<context>
    <name>laatu::gui::MergeConflictDialog</name>
    <message>
        <source>Take from file</source>
        <translation>Ta från filen</translation>
    </message>
    <message>
        <source>Keep here</source>
        <translation>Behåll här</translation>
    </message>
    <message>
        <source>Space switches between keeping the value here and taking the file&apos;s</source>
        <translation>Mellanslag växlar mellan att behålla värdet här och att ta filens</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s): </source>
        <translation>
            <numerusform>%n skillnad: </numerusform>
            <numerusform>%n skillnader: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 kept here, %2 taken from the file</source>
        <translation>%1 behålls här, %2 tas från filen</translation>
    </message>
</context>
<context>
    <name>laatu::gui::NewReviewWizard</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, version %2</translation>
    </message>
    <message>
        <source>Choose a Site</source>
        <translation>Välj ett verksamhetsställe</translation>
    </message>
    <message>
        <source>Choose the site to review, or add it with New Site.</source>
        <translation>Välj det verksamhetsställe som ska granskas, eller lägg till det med Nytt verksamhetsställe.</translation>
    </message>
    <message>
        <source>Name a Reviewer</source>
        <translation>Ange en bedömare</translation>
    </message>
    <message>
        <source>A review needs at least one reviewer: write a name.</source>
        <translation>En granskning behöver minst en bedömare: skriv ett namn.</translation>
    </message>
</context>
<context>
    <name>laatu::gui::NextReviewDueLabel</name>
    <message>
        <source>Next review due</source>
        <translation>Nästa granskning senast</translation>
    </message>
    <message>
        <source>Choose a site to see its history.</source>
        <translation>Välj ett verksamhetsställe för att se dess historik.</translation>
    </message>
    <message>
        <source>The site has no reviews yet: the first review is due.</source>
        <translation>Verksamhetsstället har inga granskningar ännu: den första granskningen ska göras.</translation>
    </message>
    <message>
        <source>12 months after the last visit: the last review reached good fidelity, so the reviews are now yearly.</source>
        <translation>12 månader efter det senaste besöket: den senaste granskningen nådde god metodtrohet, så granskningarna görs nu en gång om året.</translation>
    </message>
    <message>
        <source>6 months after the last visit: the last review is incomplete.</source>
        <translation>6 månader efter det senaste besöket: den senaste granskningen är ofullständig.</translation>
    </message>
    <message>
        <source>6 months after the last visit: reviews repeat every 6 months until the site reaches good fidelity.</source>
        <translation>6 månader efter det senaste besöket: granskningarna upprepas var sjätte månad tills verksamhetsstället når god metodtrohet.</translation>
    </message>
    <message>
        <source>Next review due %1 – %2</source>
        <translation>Nästa granskning senast %1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s).</source>
        <translation>
            <numerusform>Försenad med %n dag.</numerusform>
            <numerusform>Försenad med %n dagar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>laatu::gui::OutcomesPanel</name>
    <message>
        <source>Outcomes per period</source>
        <translation>Utfall per period</translation>
    </message>
    <message>
        <source>People coached and people in competitive work per period. The employment rate is drawn beside the fidelity trend.</source>
        <translation>Coachade personer och personer i konkurrensutsatt arbete per period. Sysselsättningsgraden ritas bredvid utvecklingen av metodtroheten.</translation>
    </message>
    <message>
        <source>&amp;Add Period…</source>
        <translation>&amp;Lägg till period…</translation>
    </message>
    <message>
        <source>Re&amp;move Period</source>
        <translation>Ta &amp;bort period</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Coached</source>
        <translation>Coachade</translation>
    </message>
    <message>
        <source>In work</source>
        <translation>I arbete</translation>
    </message>
    <message>
        <source>Employment rate</source>
        <translation>Sysselsättningsgrad</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Outcomes Not Saved</source>
        <translation>Utfallen sparades inte</translation>
    </message>
    <message>
        <source>Remove Period</source>
        <translation>Ta bort period</translation>
    </message>
    <message>
        <source>Remove the outcomes of %1 (%2 coached, %3 in work)?</source>
        <translation>Vill du ta bort utfallen för %1 (%2 coachade, %3 i arbete)?</translation>
    </message>
    <message>
        <source>Outcomes Not Removed</source>
        <translation>Utfallen togs inte bort</translation>
    </message>
</context>
<context>
    <name>laatu::gui::ProgrammeActions</name>
    <message>
        <source>No Programme Server</source>
        <translation>Ingen programserver</translation>
    </message>
    <message>
        <source>No programme server is set up, so nothing was sent or received. Set one up now?</source>
        <translation>Ingen programserver är inställd, så ingenting skickades eller togs emot. Vill du ställa in en nu?</translation>
    </message>
    <message>
        <source>Programme Server Address</source>
        <translation>Programserverns adress</translation>
    </message>
    <message>
        <source>The programme server&apos;s address cannot be used: %1

Correct it in Settings → Programme Server.</source>
        <translation>Programserverns adress kan inte användas: %1

Rätta den under Inställningar → Programmets server.</translation>
    </message>
    <message>
        <source>Publish Review</source>
        <translation>Publicera granskning</translation>
    </message>
    <message>
        <source>This review was pulled from the programme: only its own reviewers publish it.</source>
        <translation>Den här granskningen har hämtats från programmet: bara dess egna bedömare publicerar den.</translation>
    </message>
    <message>
        <source>Only final reviews are published; drafts stay on this laptop. Finalise the review first (Review → Finalise).</source>
        <translation>Bara slutförda granskningar publiceras; utkast stannar på den här datorn. Slutför granskningen först (Granskning → Slutför).</translation>
    </message>
    <message>
        <source>Publish All Final Reviews</source>
        <translation>Publicera alla slutförda granskningar</translation>
    </message>
    <message>
        <source>There is nothing to publish: this laptop has no final reviews of its own.</source>
        <translation>Det finns inget att publicera: den här datorn har inga egna slutförda granskningar.</translation>
    </message>
    <message>
        <source>publishing to the programme server</source>
        <translation>vid publicering på programmets server</translation>
    </message>
    <message>
        <source>Not Published</source>
        <translation>Inte publicerad</translation>
    </message>
    <message>
        <source>pulling the programme&apos;s reviews</source>
        <translation>hämtningen av programmets granskningar</translation>
    </message>
    <message>
        <source>Programme Reviews Not Pulled</source>
        <translation>Programmets granskningar hämtades inte</translation>
    </message>
    <message>
        <source>The keyring could not keep the password (%1); it is kept for this session only.</source>
        <translation>Nyckelringen kunde inte spara lösenordet (%1); det sparas bara under den här sessionen.</translation>
    </message>
    <message numerus="yes">
        <source>Pulling the programme&apos;s reviews from %1: %n received…</source>
        <translation>
            <numerusform>Hämtar programmets granskningar från %1: %n mottagen…</numerusform>
            <numerusform>Hämtar programmets granskningar från %1: %n mottagna…</numerusform>
        </translation>
    </message>
    <message>
        <source>Publishing to %1: %2 of %3…</source>
        <translation>Publicerar på %1: %2 av %3…</translation>
    </message>
    <message>
        <source>Not published yet: %1 The review waits on this laptop and is sent with the next publish.</source>
        <translation>Inte publicerad än: %1 Granskningen väntar på den här datorn och skickas med nästa publicering.</translation>
    </message>
    <message>
        <source>Published to the programme server %1.</source>
        <translation>Publicerad på programmets server %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) published to %1.</source>
        <translation>
            <numerusform>%n granskning publicerad på %1.</numerusform>
            <numerusform>%n granskningar publicerade på %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) already on the server as they are here.</source>
        <translation>
            <numerusform>%n granskning fanns redan på servern sådan den är här.</numerusform>
            <numerusform>%n granskningar fanns redan på servern sådana de är här.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) in conflict: the server already holds the same revision with other content. It keeps its own and lists this laptop&apos;s beside it for the programme&apos;s administrator to settle.</source>
        <translation>
            <numerusform>%n granskning i konflikt: servern har redan samma version med annat innehåll. Den behåller sin egen och listar den här datorns bredvid, så att programmets administratör kan avgöra saken.</numerusform>
            <numerusform>%n granskningar i konflikt: servern har redan samma versioner med annat innehåll. Den behåller sina egna och listar den här datorns bredvid, så att programmets administratör kan avgöra saken.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) refused by the server:</source>
        <translation>
            <numerusform>Servern avvisade %n granskning:</numerusform>
            <numerusform>Servern avvisade %n granskningar:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing is lost: %n review(s) wait on this laptop and are sent with the next publish (File → Publish All Final Reviews).</source>
        <translation>
            <numerusform>Ingenting har gått förlorat: %n granskning väntar på den här datorn och skickas med nästa publicering (Fil → Publicera alla slutförda granskningar).</numerusform>
            <numerusform>Ingenting har gått förlorat: %n granskningar väntar på den här datorn och skickas med nästa publicering (Fil → Publicera alla slutförda granskningar).</numerusform>
        </translation>
    </message>
    <message>
        <source>Not Everything Was Published</source>
        <translation>Allt publicerades inte</translation>
    </message>
    <message>
        <source>Reviews Published</source>
        <translation>Granskningarna publicerade</translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) received from %1.</source>
        <translation>
            <numerusform>%n granskning mottagen från %1.</numerusform>
            <numerusform>%n granskningar mottagna från %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>New in the programme copy: %1. Newer revisions: %2. Unchanged: %3. This laptop&apos;s own, left as they are: %4.</source>
        <translation>Nya i programkopian: %1. Nyare versioner: %2. Oförändrade: %3. Den här datorns egna, lämnade som de är: %4.</translation>
    </message>
    <message>
        <source>What was received before that is kept; the next pull goes on from there.</source>
        <translation>Det som togs emot före det sparas; nästa hämtning fortsätter därifrån.</translation>
    </message>
    <message>
        <source>Pull Not Completed</source>
        <translation>Hämtningen blev inte klar</translation>
    </message>
    <message>
        <source>Programme Reviews Pulled</source>
        <translation>Programmets granskningar hämtade</translation>
    </message>
</context>
<context>
    <name>laatu::gui::ProgrammeServerDialog</name>
    <message>
        <source>Programme Server</source>
        <translation>Programmets server</translation>
    </message>
    <message>
        <source>Final reviews are published to the programme&apos;s PostgreSQL server and the programme&apos;s reviews pulled from it. Leave the address empty to keep Laatu off the network.</source>
        <translation>Slutförda granskningar publiceras på programmets PostgreSQL-server och programmets granskningar hämtas därifrån. Lämna adressen tom för att hålla Laatu borta från nätverket.</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>&amp;Serveradress:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation>&amp;CA-certifikat:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keyring</source>
        <translation>&amp;Kom ihåg lösenordet i systemets nyckelring</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Testa anslutningen</translation>
    </message>
    <message>
        <source>CA Certificate of the Programme Server</source>
        <translation>CA-certifikat för programmets server</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certifikat (*.pem *.crt);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Ansluter till %1…</translation>
    </message>
    <message>
        <source>Not usable: %1</source>
        <translation>Kan inte användas: %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Inte sparat: %1</translation>
    </message>
    <message>
        <source>The address is saved; the keyring could not keep the password (%1), so it is kept for this session only.</source>
        <translation>Adressen är sparad; nyckelringen kunde inte spara lösenordet (%1), så det sparas bara för den här sessionen.</translation>
    </message>
    <message>
        <source>your login on the server</source>
        <translation>ditt användarnamn på servern</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Användarnamn:</translation>
    </message>
</context>
<context>
    <name>laatu::gui::ReportActions</name>
    <message>
        <source>Report Not Made</source>
        <translation>Rapporten skapades inte</translation>
    </message>
    <message>
        <source>%1 review %2.pdf</source>
        <translation>%1 granskning %2.pdf</translation>
    </message>
    <message>
        <source>Laatu</source>
        <translation>Laatu</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Exportera rapport</translation>
    </message>
    <message>
        <source>Report Not Saved</source>
        <translation>Rapporten sparades inte</translation>
    </message>
    <message numerus="yes">
        <source>Report saved: %1 (%n page(s))</source>
        <translation>
            <numerusform>Rapporten har sparats: %1 (%n sida)</numerusform>
            <numerusform>Rapporten har sparats: %1 (%n sidor)</numerusform>
        </translation>
    </message>
    <message>
        <source>Print Report</source>
        <translation>Skriv ut rapport</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;OpenDocument text, to edit (*.odt)</source>
        <translation>PDF-dokument (*.pdf);;OpenDocument-text, för redigering (*.odt)</translation>
    </message>
    <message>
        <source>Report saved for editing: %1</source>
        <translation>Rapporten har sparats för redigering: %1</translation>
    </message>
    <message>
        <source>Da&amp;ta Request…</source>
        <translation>Uppgi&amp;ftsbegäran…</translation>
    </message>
    <message>
        <source>Data Request Not Made</source>
        <translation>Uppgiftsbegäran skapades inte</translation>
    </message>
    <message>
        <source>%1 data request %2.pdf</source>
        <translation>%1 uppgiftsbegäran %2.pdf</translation>
    </message>
    <message>
        <source>Save Data Request</source>
        <translation>Spara uppgiftsbegäran</translation>
    </message>
    <message>
        <source>Data Request Not Saved</source>
        <translation>Uppgiftsbegäran sparades inte</translation>
    </message>
    <message>
        <source>Data request saved for editing: %1</source>
        <translation>Uppgiftsbegäran har sparats för redigering: %1</translation>
    </message>
    <message numerus="yes">
        <source>Data request saved: %1 (%n page(s))</source>
        <translation>
            <numerusform>Uppgiftsbegäran har sparats: %1 (%n sida)</numerusform>
            <numerusform>Uppgiftsbegäran har sparats: %1 (%n sidor)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>laatu::gui::ReportOptionsDialog</name>
    <message>
        <source>Include &amp;record codes in the appendix</source>
        <translation>Ta med klientjournalernas &amp;koder i bilagan</translation>
    </message>
    <message>
        <source>Include record codes in the appendix</source>
        <translation>Ta med klientjournalernas koder i bilagan</translation>
    </message>
</context>
<context>
    <name>laatu::gui::ReviewActions</name>
    <message>
        <source>Review Not Created</source>
        <translation>Granskningen skapades inte</translation>
    </message>
    <message>
        <source>Review Not Read</source>
        <translation>Granskningen kunde inte läsas</translation>
    </message>
    <message>
        <source>Follow-up Review</source>
        <translation>Uppföljande granskning</translation>
    </message>
    <message>
        <source>Check: %1</source>
        <translation>Kontrollera: %1</translation>
    </message>
    <message>
        <source>Delete the review of %1 on %2 with all its ratings, notes, findings and actions?

This cannot be undone. The daily backup still holds it until it is rotated.</source>
        <translation>Vill du radera granskningen av %1 den %2 med alla poäng, anteckningar, iakttagelser och åtgärder?

Detta kan inte ångras. Den dagliga säkerhetskopian innehåller den fortfarande tills den gallras bort.</translation>
    </message>
    <message>
        <source>Delete Review</source>
        <translation>Radera granskning</translation>
    </message>
    <message>
        <source>Review Not Deleted</source>
        <translation>Granskningen raderades inte</translation>
    </message>
    <message>
        <source>Review deleted</source>
        <translation>Granskningen har raderats</translation>
    </message>
    <message>
        <source>Finalise Review</source>
        <translation>Slutför granskningen</translation>
    </message>
    <message>
        <source>Make the review final? It is then read-only; reopening it later is possible and is logged with its reason.</source>
        <translation>Vill du slutföra granskningen? Den blir då skrivskyddad; det går att öppna den på nytt senare, och det loggas med orsaken.</translation>
    </message>
    <message>
        <source>Reopen Review</source>
        <translation>Öppna granskningen på nytt</translation>
    </message>
    <message>
        <source>Why is the final review reopened? The reason goes into the review&apos;s log with every change that follows.</source>
        <translation>Varför öppnas den slutförda granskningen på nytt? Orsaken förs in i granskningens logg tillsammans med varje ändring som följer.</translation>
    </message>
    <message>
        <source>The review stays final: a reason is needed to reopen it.</source>
        <translation>Granskningen förblir slutförd: en orsak behövs för att öppna den på nytt.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n criteria unrated</source>
        <translation>
            <numerusform>%1: %n kriterium inte bedömt</numerusform>
            <numerusform>%1: %n kriterier inte bedömda</numerusform>
        </translation>
    </message>
    <message>
        <source>Every reviewer has rated every criterion. Reveal the sheets so that each sees the others&apos; ratings and the consensus can be agreed?</source>
        <translation>Alla bedömare har bedömt alla kriterier. Vill du avslöja poängen så att var och en ser de andras poäng och ni kan komma överens om konsensus?</translation>
    </message>
    <message>
        <source>Not every reviewer has finished:

• %1

Once revealed, the sheets are no longer independent. Reveal them anyway?</source>
        <translation>Alla bedömare är inte klara:

• %1

När poängen har avslöjats är de inte längre självständiga. Vill du avslöja dem ändå?</translation>
    </message>
    <message>
        <source>Reveal the Sheets</source>
        <translation>Avslöja poängen</translation>
    </message>
    <message>
        <source>Log Not Read</source>
        <translation>Loggen kunde inte läsas</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>This review was pulled from the programme and is read-only here: only its own reviewers can reopen it.</source>
        <translation>Den här granskningen har hämtats från programmet och är skrivskyddad här: bara dess egna bedömare kan öppna den igen.</translation>
    </message>
</context>
<context>
    <name>laatu::gui::ReviewBrowser</name>
    <message>
        <source>Filter by county, site or municipality (Ctrl+F)</source>
        <translation>Filtrera efter välfärdsområde, verksamhetsställe eller kommun (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter sites</source>
        <translation>Filtrera verksamhetsställen</translation>
    </message>
    <message>
        <source>Show archived sites</source>
        <translation>Visa arkiverade verksamhetsställen</translation>
    </message>
    <message>
        <source>New Review…</source>
        <translation>Ny granskning…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>Open the chosen review</source>
        <translation>Öppna den valda granskningen</translation>
    </message>
</context>
<context>
    <name>laatu::gui::ReviewListPanel</name>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalpoäng</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Incomplete, %1/%2</source>
        <translation>Ofullständig, %1/%2</translation>
    </message>
    <message>
        <source>%1 of %2 criteria have a consensus rating</source>
        <translation>%1 av %2 kriterier har en konsensuspoäng</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Besök</translation>
    </message>
    <message>
        <source>Sites and reviews</source>
        <translation>Verksamhetsställen och granskningar</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (arkiverat)</translation>
    </message>
    <message numerus="yes">
        <source>%n review(s)</source>
        <translation>
            <numerusform>%n granskning</numerusform>
            <numerusform>%n granskningar</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>laatu::gui::ReviewScopeChoice</name>
    <message>
        <source>Revie&amp;ws from:</source>
        <translation>Gra&amp;nskningar:</translation>
    </message>
    <message>
        <source>Reviews from</source>
        <translation>Granskningar</translation>
    </message>
    <message>
        <source>This laptop: only the reviews made on this laptop. The programme: these and the reviews pulled from the programme server at the last pull.</source>
        <translation>Den här datorns: bara granskningarna som gjorts på den här datorn. Hela programmets: dessa och granskningarna som hämtades från programmets server vid senaste hämtningen.</translation>
    </message>
    <message>
        <source>This laptop</source>
        <translation>Den här datorns</translation>
    </message>
    <message>
        <source>Only the reviews made on this laptop.</source>
        <translation>Bara granskningarna som gjorts på den här datorn.</translation>
    </message>
    <message>
        <source>This laptop&apos;s reviews and those pulled from the programme server.</source>
        <translation>Den här datorns granskningar och de som hämtats från programmets server.</translation>
    </message>
    <message>
        <source>The programme</source>
        <translation>Hela programmets</translation>
    </message>
    <message>
        <source>The programme (pulled %1)</source>
        <extracomment>The reviews of the whole programme as pulled from its server; %1 is the date and time of the last pull, e.g. &quot;1.12.2026 14.30&quot;.</extracomment>
        <translation>Hela programmets (hämtat %1)</translation>
    </message>
</context>
<context>
    <name>laatu::gui::ReviewSession</name>
    <message>
        <source>Review Not Read Back</source>
        <translation>Granskningen kunde inte läsas in igen</translation>
    </message>
    <message>
        <source>Not Saved</source>
        <translation>Ändringen avvisades</translation>
    </message>
    <message>
        <source>%1 was not saved.

%2</source>
        <translation>%1 sparades inte.

%2</translation>
    </message>
    <message>
        <source>The review is final. Reopen it to change it; the reopening and every later change are logged.</source>
        <translation>Granskningen är slutförd. Öppna den på nytt för att ändra den; öppnandet och varje senare ändring loggas.</translation>
    </message>
    <message>
        <source>The database is open read-only, so nothing can be changed.</source>
        <translation>Databasen är öppen som skrivskyddad, så ingenting kan ändras.</translation>
    </message>
    <message>
        <source>consensus</source>
        <translation>konsensus</translation>
    </message>
    <message>
        <source>Rating %1 for criterion %2 (%3)</source>
        <translation>Poäng %1 för kriterium %2 (%3)</translation>
    </message>
    <message>
        <source>Rating of criterion %1 cleared (%2)</source>
        <translation>Poängen för kriterium %1 raderades (%2)</translation>
    </message>
    <message>
        <source>Reason for the consensus on criterion %1</source>
        <translation>Motivering till konsensus för kriterium %1</translation>
    </message>
    <message>
        <source>Note on criterion %1</source>
        <translation>Anteckning om kriterium %1</translation>
    </message>
    <message>
        <source>Figures of criterion %1</source>
        <translation>Siffror för kriterium %1</translation>
    </message>
    <message>
        <source>Checklist of criterion %1</source>
        <translation>Checklista för kriterium %1</translation>
    </message>
    <message>
        <source>Strength on criterion %1</source>
        <translation>Styrka i kriterium %1</translation>
    </message>
    <message>
        <source>Recommendation on criterion %1</source>
        <translation>Rekommendation för kriterium %1</translation>
    </message>
    <message>
        <source>Finding changed</source>
        <translation>Iakttagelsen ändrades</translation>
    </message>
    <message>
        <source>Finding added</source>
        <translation>Iakttagelsen lades till</translation>
    </message>
    <message>
        <source>Finding removed</source>
        <translation>Iakttagelsen togs bort</translation>
    </message>
    <message>
        <source>Action item changed</source>
        <translation>Åtgärden ändrades</translation>
    </message>
    <message>
        <source>Action item added</source>
        <translation>Åtgärden lades till</translation>
    </message>
    <message>
        <source>Action item removed</source>
        <translation>Åtgärden togs bort</translation>
    </message>
    <message>
        <source>Review Not Final</source>
        <translation>Granskningen slutfördes inte</translation>
    </message>
    <message>
        <source>The review is final</source>
        <translation>Granskningen är slutförd</translation>
    </message>
    <message>
        <source>Review Not Reopened</source>
        <translation>Granskningen öppnades inte på nytt</translation>
    </message>
    <message>
        <source>The review is open for changes again; changes are logged</source>
        <translation>Granskningen är öppen för ändringar igen; ändringarna loggas</translation>
    </message>
    <message>
        <source>Sheets Not Revealed</source>
        <translation>Poängen avslöjades inte</translation>
    </message>
    <message>
        <source>The reviewers&apos; ratings are revealed: agree the consensus</source>
        <translation>Bedömarnas poäng har avslöjats: kom överens om konsensus</translation>
    </message>
    <message>
        <source>Visit plan item changed</source>
        <translation>Punkten i besöksprogrammet ändrades</translation>
    </message>
    <message>
        <source>Visit plan item added</source>
        <translation>Punkten i besöksprogrammet lades till</translation>
    </message>
    <message>
        <source>Visit plan item removed</source>
        <translation>Punkten i besöksprogrammet togs bort</translation>
    </message>
    <message>
        <source>Visit plan item moved</source>
        <translation>Punkten i besöksprogrammet flyttades</translation>
    </message>
    <message>
        <source>Visit plan started from the template</source>
        <translation>Besöksprogrammet skapades utifrån mallen</translation>
    </message>
    <message>
        <source>Coach row added</source>
        <translation>Arbetsspecialistraden lades till</translation>
    </message>
    <message>
        <source>Record row added</source>
        <translation>Journalraden lades till</translation>
    </message>
    <message>
        <source>The workbook row is no longer stored.</source>
        <translation>Raden i arbetsboken finns inte längre sparad.</translation>
    </message>
    <message>
        <source>Coach row changed</source>
        <translation>Arbetsspecialistraden ändrades</translation>
    </message>
    <message>
        <source>Record row changed</source>
        <translation>Journalraden ändrades</translation>
    </message>
    <message>
        <source>Coach row removed</source>
        <translation>Arbetsspecialistraden togs bort</translation>
    </message>
    <message>
        <source>Record row removed</source>
        <translation>Journalraden togs bort</translation>
    </message>
    <message>
        <source>Record Sample Not Cleared</source>
        <translation>Journalurvalet rensades inte</translation>
    </message>
    <message numerus="yes">
        <source>%n record rows cleared; the figures they gave are kept</source>
        <translation>
            <numerusform>%n journalrad rensades; siffrorna som beräknades ur den sparades</numerusform>
            <numerusform>%n journalrader rensades; siffrorna som beräknades ur dem sparades</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>laatu::gui::ReviewWorkspace</name>
    <message>
        <source>&amp;Criteria</source>
        <translation>&amp;Kriterier</translation>
    </message>
    <message>
        <source>C&amp;onsensus</source>
        <translation>K&amp;onsensus</translation>
    </message>
    <message>
        <source>Finalise…</source>
        <translation>Slutför…</translation>
    </message>
    <message>
        <source>Locks the review: every criterion has a consensus rating and the reasons are written.</source>
        <translation>Låser granskningen: varje kriterium har en konsensuspoäng och motiveringarna är skrivna.</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>Öppna på nytt…</translation>
    </message>
    <message>
        <source>Close Review</source>
        <translation>Stäng granskningen</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · reviewers: %4</source>
        <translation>%1 · %2 · %3 · bedömare: %4</translation>
    </message>
    <message>
        <source>none</source>
        <translation>inga</translation>
    </message>
    <message>
        <source>Final: read-only</source>
        <translation>Slutförd: skrivskyddad</translation>
    </message>
    <message>
        <source>Fin&amp;dings and Actions</source>
        <translation>Iakttagelser och åtgär&amp;der</translation>
    </message>
    <message>
        <source>Review views</source>
        <translation>Granskningsvyer</translation>
    </message>
    <message>
        <source>&amp;Workbook</source>
        <translation>Arb&amp;etsbok</translation>
    </message>
    <message>
        <source>V&amp;isit Plan</source>
        <translation>&amp;Besöksprogram</translation>
    </message>
</context>
<context>
    <name>laatu::gui::ScorePanel</name>
    <message>
        <source>Score: %1</source>
        <translation>Poäng: %1</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Mean %1</source>
        <translation>Medelvärde %1</translation>
    </message>
    <message>
        <source>%1 of %2 criteria rated</source>
        <translation>%1 av %2 kriterier bedömda</translation>
    </message>
    <message>
        <source>Level: when all are rated</source>
        <translation>Nivån framgår när alla är bedömda</translation>
    </message>
    <message>
        <source>Every criterion is rated.</source>
        <translation>Alla kriterier är bedömda.</translation>
    </message>
    <message>
        <source>Unrated: %1</source>
        <translation>Inte bedömda: %1</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Totalpoäng %1</translation>
    </message>
</context>
<context>
    <name>laatu::gui::ServerPasswordDialog</name>
    <message>
        <source>Programme Server Password</source>
        <translation>Lösenord till programmets server</translation>
    </message>
    <message>
        <source>The password of %1 on the programme server:</source>
        <translation>Lösenordet för %1 på programmets server:</translation>
    </message>
    <message>
        <source>The programme server did not accept the login: %1

The password of %2:</source>
        <translation>Programmets server godtog inte inloggningen: %1

Lösenordet för %2:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keyring</source>
        <translation>&amp;Kom ihåg lösenordet i systemets nyckelring</translation>
    </message>
</context>
<context>
    <name>laatu::gui::ShortcutsDialog</name>
    <message>
        <source>On a criterion page</source>
        <translation>På en kriteriesida</translation>
    </message>
</context>
<context>
    <name>laatu::gui::SiteActions</name>
    <message>
        <source>Site Not Saved</source>
        <translation>Verksamhetsstället sparades inte</translation>
    </message>
    <message>
        <source>Site %1 added</source>
        <translation>Verksamhetsstället %1 har lagts till</translation>
    </message>
    <message>
        <source>Site %1 archived; “Show archived sites” lists it.</source>
        <translation>Verksamhetsstället %1 har arkiverats; ”Visa arkiverade verksamhetsställen” listar det.</translation>
    </message>
    <message>
        <source>Site %1 is active again</source>
        <translation>Verksamhetsstället %1 är aktivt igen</translation>
    </message>
    <message>
        <source>Site %1 changed</source>
        <translation>Verksamhetsstället %1 har ändrats</translation>
    </message>
    <message>
        <source>Site %1 saved (Ctrl+Z undoes it)</source>
        <translation>Verksamhetsstället %1 har sparats (Ctrl+Z ångrar)</translation>
    </message>
    <message>
        <source>Site %1 archived</source>
        <translation>Verksamhetsstället %1 har arkiverats</translation>
    </message>
    <message>
        <source>Site %1 restored</source>
        <translation>Verksamhetsstället %1 har återställts</translation>
    </message>
</context>
<context>
    <name>laatu::gui::SiteDialog</name>
    <message>
        <source>New Site</source>
        <translation>Nytt verksamhetsställe</translation>
    </message>
    <message>
        <source>Site Details</source>
        <translation>Uppgifter om verksamhetsstället</translation>
    </message>
    <message>
        <source>Used in this database; not one of the wellbeing services counties</source>
        <translation>Används i den här databasen; inte ett av välfärdsområdena</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>Annat…</translation>
    </message>
    <message>
        <source>Type a county that is not in the list</source>
        <translation>Skriv ett välfärdsområde som inte finns i listan</translation>
    </message>
</context>
<context>
    <name>laatu::gui::SiteHistoryView</name>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Verksamhetsställe:</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Verksamhetsställe</translation>
    </message>
    <message>
        <source>Show s&amp;ections</source>
        <translation>Visa &amp;avsnitt</translation>
    </message>
    <message>
        <source>Adds a line per section of the catalog to the chart.</source>
        <translation>Lägger till en linje per avsnitt i katalogen i diagrammet.</translation>
    </message>
    <message>
        <source>E&amp;xport Chart…</source>
        <translation>E&amp;xportera diagram…</translation>
    </message>
    <message>
        <source>Saves the chart as a PNG or SVG image.</source>
        <translation>Sparar diagrammet som en PNG- eller SVG-bild.</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Granskningar</translation>
    </message>
    <message>
        <source>&amp;Changes</source>
        <translation>&amp;Förändringar</translation>
    </message>
    <message>
        <source>&amp;Follow-up</source>
        <translation>Up&amp;pföljning</translation>
    </message>
    <message>
        <source>&amp;Outcomes</source>
        <translation>&amp;Utfall</translation>
    </message>
    <message>
        <source>Site History</source>
        <translation>Verksamhetsställets historik</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Fidelity over time: %1</source>
        <translation>Metodtrohet över tid: %1</translation>
    </message>
    <message>
        <source>Fidelity over time</source>
        <translation>Metodtrohet över tid</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Exportera diagram</translation>
    </message>
    <message>
        <source>fidelity-%1.png</source>
        <translation>metodtrohet-%1.png</translation>
    </message>
    <message>
        <source>Chart Not Saved</source>
        <translation>Diagrammet sparades inte</translation>
    </message>
    <message>
        <source>Changes and follow-up</source>
        <translation>Förändringar och uppföljning</translation>
    </message>
</context>
<context>
    <name>laatu::gui::SiteReviewsTable</name>
    <message>
        <source>Reviews of the site</source>
        <translation>Verksamhetsställets granskningar</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Ofullständig</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Besök</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalpoäng</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Medelvärde</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <source>%1 of %2 criteria rated: no total until all are</source>
        <translation>%1 av %2 kriterier bedömda: ingen totalpoäng förrän alla är bedömda</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>laatu::gui::TotalsBarChart</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>ofullständig</translation>
    </message>
    <message>
        <source>%1: incomplete, %2 of %3 criteria rated</source>
        <translation>%1: ofullständig, %2 av %3 kriterier bedömda</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <source>No reviews to compare.</source>
        <translation>Inga granskningar att jämföra.</translation>
    </message>
    <message>
        <source>Totals by site</source>
        <translation>Totalpoäng per verksamhetsställe</translation>
    </message>
    <message>
        <source>incomplete: %1 of %2 criteria rated</source>
        <translation>ofullständig: %1 av %2 kriterier bedömda</translation>
    </message>
    <message>
        <source>Total (%1–%2); bar colour: level; highest first</source>
        <translation>Totalpoäng (%1–%2); stapelns färg: nivå; högsta först</translation>
    </message>
</context>
<context>
    <name>laatu::gui::UndoActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Ångrat: %1</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>Gjort om: %1</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Ångra %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Gör om %1</translation>
    </message>
</context>
<context>
    <name>laatu::gui::VisitPlanDelegate</name>
    <message>
        <source>Day of the visit</source>
        <translation>Besöksdag</translation>
    </message>
</context>
<context>
    <name>laatu::gui::VisitPlanTableModel</name>
    <message>
        <source>Day %1 is after the visit&apos;s last day</source>
        <translation>Dag %1 infaller efter besökets sista dag</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Börjar</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Slutar</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Innehåll</translation>
    </message>
    <message>
        <source>With whom</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time of day; type it as 9:30 or 09:30.</source>
        <translation>&quot;%1&quot; är inte ett klockslag; skriv det som 9:30 eller 09:30.</translation>
    </message>
</context>
<context>
    <name>laatu::gui::VisitPlanView</name>
    <message>
        <source>The agenda of the site visit, agreed with the service and sent to it before the visit. Type in a cell to change it (F2 edits, Enter saves, Shift+Enter starts a new line in What and With whom, Esc cancels).</source>
        <translation>Programmet för granskningsbesöket, som avtalas med tjänsten och skickas till den före besöket. Skriv i en cell för att ändra den (F2 redigerar, Enter sparar, Shift+Enter börjar en ny rad i Innehåll och Deltagare, Esc avbryter).</translation>
    </message>
    <message>
        <source>Visit plan</source>
        <translation>Besöksprogram</translation>
    </message>
    <message>
        <source>Add I&amp;tem</source>
        <translation>&amp;Lägg till punkt</translation>
    </message>
    <message>
        <source>Add an item to the visit plan</source>
        <translation>Lägg till en punkt i besöksprogrammet</translation>
    </message>
    <message>
        <source>Re&amp;move Item</source>
        <translation>&amp;Ta bort punkt</translation>
    </message>
    <message>
        <source>Remove the current item of the visit plan</source>
        <translation>Ta bort den aktuella punkten i besöksprogrammet</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Flytta &amp;upp</translation>
    </message>
    <message>
        <source>Move the current item up</source>
        <translation>Flytta den aktuella punkten uppåt</translation>
    </message>
    <message>
        <source>Move Dow&amp;n</source>
        <translation>Flytta &amp;ned</translation>
    </message>
    <message>
        <source>Move the current item down</source>
        <translation>Flytta den aktuella punkten nedåt</translation>
    </message>
    <message>
        <source>Start from Tem&amp;plate</source>
        <translation>Utgå från &amp;mallen</translation>
    </message>
    <message>
        <source>Start the visit plan from the built-in template</source>
        <translation>Skapa besöksprogrammet utifrån den inbyggda mallen</translation>
    </message>
    <message>
        <source>Use &amp;Your Own Template…</source>
        <translation>Anv&amp;änd egen mall…</translation>
    </message>
    <message>
        <source>Start the visit plan from a template file</source>
        <translation>Skapa besöksprogrammet utifrån en mallfil</translation>
    </message>
    <message>
        <source>E&amp;xport PDF…</source>
        <translation>Exportera &amp;PDF…</translation>
    </message>
    <message>
        <source>Save the visit plan as a PDF letter</source>
        <translation>Spara besöksprogrammet som ett PDF-brev</translation>
    </message>
    <message>
        <source>Export for Editin&amp;g (ODT)…</source>
        <translation>E&amp;xportera för redigering (ODT)…</translation>
    </message>
    <message>
        <source>Save the visit plan as an OpenDocument text to edit</source>
        <translation>Spara besöksprogrammet som en OpenDocument-text för redigering</translation>
    </message>
    <message>
        <source>Print P&amp;lan…</source>
        <translation>&amp;Skriv ut programmet…</translation>
    </message>
    <message>
        <source>Print the visit plan</source>
        <translation>Skriv ut besöksprogrammet</translation>
    </message>
    <message>
        <source>The review is final, so its visit plan is read-only. Reopen the review to change it.</source>
        <translation>Granskningen är slutförd, så dess besöksprogram är skrivskyddat. Öppna granskningen på nytt för att ändra det.</translation>
    </message>
    <message>
        <source>The database is open read-only, so the visit plan cannot be changed.</source>
        <translation>Databasen är öppen som skrivskyddad, så besöksprogrammet kan inte ändras.</translation>
    </message>
    <message>
        <source>This review has no visit plan yet. Start from the template and change what differs at this site.</source>
        <translation>Den här granskningen har inget besöksprogram ännu. Utgå från mallen och ändra det som är annorlunda vid det här verksamhetsstället.</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Ny punkt</translation>
    </message>
    <message>
        <source>Replace the Visit Plan</source>
        <translation>Ersätt besöksprogrammet</translation>
    </message>
    <message numerus="yes">
        <source>The visit plan has %n item(s). Replace them with the template&apos;s? Undo brings them back.</source>
        <translation>
            <numerusform>Besöksprogrammet har %n punkt. Vill du ersätta den med mallens punkter? Ångra återställer den.</numerusform>
            <numerusform>Besöksprogrammet har %n punkter. Vill du ersätta dem med mallens punkter? Ångra återställer dem.</numerusform>
        </translation>
    </message>
    <message>
        <source>Start from a Visit Plan Template</source>
        <translation>Utgå från en mall för besöksprogram</translation>
    </message>
    <message>
        <source>Visit plan templates (*.json)</source>
        <translation>Mallar för besöksprogram (*.json)</translation>
    </message>
    <message>
        <source>Not a Visit Plan Template</source>
        <translation>Inte en mall för besöksprogram</translation>
    </message>
    <message>
        <source>%1 cannot be used as a visit plan template:

%2</source>
        <translation>%1 kan inte användas som mall för besöksprogram:

%2</translation>
    </message>
    <message>
        <source>%1 visit plan %2.%3</source>
        <translation>%1 besöksprogram %2.%3</translation>
    </message>
    <message>
        <source>Save Visit Plan for Editing</source>
        <translation>Spara besöksprogrammet för redigering</translation>
    </message>
    <message>
        <source>Save Visit Plan</source>
        <translation>Spara besöksprogrammet</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>OpenDocument-text (*.odt)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Visit Plan Not Saved</source>
        <translation>Besöksprogrammet sparades inte</translation>
    </message>
    <message>
        <source>Visit plan saved for editing: %1</source>
        <translation>Besöksprogrammet har sparats för redigering: %1</translation>
    </message>
    <message numerus="yes">
        <source>Visit plan saved: %1 (%n page(s))</source>
        <translation>
            <numerusform>Besöksprogrammet har sparats: %1 (%n sida)</numerusform>
            <numerusform>Besöksprogrammet har sparats: %1 (%n sidor)</numerusform>
        </translation>
    </message>
    <message>
        <source>Print Visit Plan</source>
        <translation>Skriv ut besöksprogrammet</translation>
    </message>
</context>
<context>
    <name>laatu::gui::WeakestCriteriaTable</name>
    <message>
        <source>Weakest criteria across the county</source>
        <translation>Svagaste kriterierna i välfärdsområdet</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>County mean</source>
        <translation>Medelvärde för välfärdsområdet</translation>
    </message>
    <message>
        <source>Sites at 1–2</source>
        <translation>Verksamhetsställen med 1–2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
</context>
<context>
    <name>laatu::gui::WorkbookActions</name>
    <message>
        <source>&amp;Workbook</source>
        <translation>&amp;Arbetsbok</translation>
    </message>
    <message>
        <source>Clear Record Sa&amp;mple…</source>
        <translation>&amp;Rensa journalurvalet…</translation>
    </message>
    <message>
        <source>Deletes the final review&apos;s record rows and keeps the figures they gave; the review log records it.</source>
        <translation>Raderar journalraderna i den slutförda granskningen och behåller siffrorna som beräknades ur dem; rensningen förs in i granskningens logg.</translation>
    </message>
    <message numerus="yes">
        <source>The review is final. Its workbook still holds %n record rows.</source>
        <translation>
            <numerusform>Granskningen är slutförd. Dess arbetsbok innehåller fortfarande %n journalrad.</numerusform>
            <numerusform>Granskningen är slutförd. Dess arbetsbok innehåller fortfarande %n journalrader.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear them now and keep only the figures they gave? The figures stay on the criterion pages as typed figures and the review log records the clearing. You can also do it later: Review → Clear Record Sample….</source>
        <translation>Vill du rensa dem nu och bara behålla siffrorna som beräknades ur dem? Siffrorna finns kvar på kriteriesidorna som inmatade siffror, och rensningen förs in i granskningens logg. Du kan också göra det senare: Granskning → Rensa journalurvalet….</translation>
    </message>
    <message>
        <source>Clear the Record Sample?</source>
        <translation>Rensa journalurvalet?</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n record rows of this review for good and keep only the figures they gave, as typed figures?</source>
        <translation>
            <numerusform>Vill du radera den här granskningens %n journalrad permanent och bara behålla siffrorna som beräknades ur den, som inmatade siffror?</numerusform>
            <numerusform>Vill du radera den här granskningens %n journalrader permanent och bara behålla siffrorna som beräknades ur dem, som inmatade siffror?</numerusform>
        </translation>
    </message>
    <message>
        <source>This cannot be undone; the review log records it. Backups made from now on hold no record codes.</source>
        <translation>Detta kan inte ångras; rensningen förs in i granskningens logg. Säkerhetskopior som görs från och med nu innehåller inga journalkoder.</translation>
    </message>
    <message>
        <source>Clear Record Sample</source>
        <translation>Rensa journalurvalet</translation>
    </message>
    <message>
        <source>Visit &amp;Plan</source>
        <translation>&amp;Besöksprogram</translation>
    </message>
</context>
<context>
    <name>laatu::gui::WorkbookItemDelegate</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
</context>
<context>
    <name>laatu::gui::WorkbookTableModel</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Coach (code or first name)</source>
        <translation>Arbetsspecialist (kod eller förnamn)</translation>
    </message>
    <message>
        <source>Record code</source>
        <translation>Journalkod</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid value for &quot;%2&quot;; the stored value is kept.</source>
        <translation>&quot;%1&quot; är inte ett giltigt värde för &quot;%2&quot;; det sparade värdet behålls.</translation>
    </message>
</context>
<context>
    <name>laatu::gui::WorkbookTablePanel</name>
    <message>
        <source>&amp;Job coaches</source>
        <translation>Arbets&amp;specialister</translation>
    </message>
    <message>
        <source>Record sam&amp;ple</source>
        <translation>Journal&amp;urval</translation>
    </message>
    <message>
        <source>Job coaches</source>
        <translation>Arbetsspecialister</translation>
    </message>
    <message>
        <source>Record sample</source>
        <translation>Journalurval</translation>
    </message>
    <message>
        <source>Add Jo&amp;b Coach</source>
        <translation>&amp;Lägg till arbetsspecialist</translation>
    </message>
    <message>
        <source>Add C&amp;lient Record</source>
        <translation>Lägg till klient&amp;journal</translation>
    </message>
    <message>
        <source>Adds a row and puts the cursor in its code (Insert or Ctrl+N in the table)</source>
        <translation>Lägger till en rad och placerar markören i dess kod (Insert eller Ctrl+N i tabellen)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Removes the chosen row (Delete in the table); Ctrl+Z brings it back</source>
        <translation>Tar bort den valda raden (Delete i tabellen); Ctrl+Z återställer den</translation>
    </message>
    <message>
        <source>Add a job coach</source>
        <translation>Lägg till en arbetsspecialist</translation>
    </message>
    <message>
        <source>Add a client record</source>
        <translation>Lägg till en klientjournal</translation>
    </message>
    <message>
        <source>Remove the coach row</source>
        <translation>Ta bort arbetsspecialistraden</translation>
    </message>
    <message>
        <source>Remove the record row</source>
        <translation>Ta bort journalraden</translation>
    </message>
    <message>
        <source>What the figures rest on</source>
        <translation>Vad siffrorna bygger på</translation>
    </message>
    <message>
        <source>Only pseudonymous codes here (e.g. A1, A2), never a client&apos;s name or personal identity code: the record sample is the most sensitive data in the review, stays on this laptop and is cleared once the review is final.</source>
        <translation>Endast pseudonyma koder här (t.ex. A1, A2), aldrig en klients namn eller personbeteckning: journalurvalet är de känsligaste uppgifterna i granskningen, stannar på den här datorn och rensas när granskningen är slutförd.</translation>
    </message>
    <message>
        <source>The record sample was cleared after the review was final. The figures it gave are kept as typed figures on the criterion pages.</source>
        <translation>Journalurvalet rensades efter att granskningen slutfördes. Siffrorna som beräknades ur det finns kvar som inmatade siffror på kriteriesidorna.</translation>
    </message>
    <message numerus="yes">
        <source>%n coaches</source>
        <translation>
            <numerusform>%n arbetsspecialist</numerusform>
            <numerusform>%n arbetsspecialister</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n records</source>
        <translation>
            <numerusform>%n klientjournal</numerusform>
            <numerusform>%n klientjournaler</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no figures computed from them yet.</source>
        <translation>%1: inga siffror har beräknats utifrån dem ännu.</translation>
    </message>
    <message numerus="yes">
        <source>%1: the figures of criteria %2 rest on them.</source>
        <translation>
            <numerusform>%1: siffrorna för kriterium %2 bygger på dem.</numerusform>
            <numerusform>%1: siffrorna för kriterierna %2 bygger på dem.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check: %1.</source>
        <translation>Kontrollera: %1.</translation>
    </message>
    <message>
        <source>New coach: type a code or first name, then Tab to the next cell</source>
        <translation>Ny arbetsspecialist: skriv en kod eller ett förnamn och gå sedan till nästa cell med Tabb</translation>
    </message>
    <message>
        <source>New record: type its pseudonymous code, then Tab to the next cell</source>
        <translation>Ny klientjournal: skriv dess pseudonyma kod och gå sedan till nästa cell med Tabb</translation>
    </message>
    <message>
        <source>Choose the row to remove first</source>
        <translation>Välj först raden som ska tas bort</translation>
    </message>
    <message>
        <source>Row removed; Ctrl+Z brings it back</source>
        <translation>Raden togs bort; Ctrl+Z återställer den</translation>
    </message>
</context>
<context>
    <name>laatu::gui::WorkbookView</name>
    <message>
        <source>The numeric criteria take their figures from these rows as they are typed; a figure typed on a criterion page is used instead.</source>
        <translation>De numeriska kriterierna hämtar sina siffror från de här raderna allteftersom de matas in; en siffra som matas in på en kriteriesida används i stället.</translation>
    </message>
    <message>
        <source>The record sample was cleared: the figures of criterion %1 are kept as typed</source>
        <translation>Journalurvalet har rensats: siffrorna för kriterium %1 finns kvar som inmatade</translation>
    </message>
    <message>
        <source>The rows behind the figures of criterion %1 are selected</source>
        <translation>Raderna bakom siffrorna för kriterium %1 är markerade</translation>
    </message>
    <message>
        <source>No row holds the figures of criterion %1 yet</source>
        <translation>Ingen rad innehåller ännu siffrorna för kriterium %1</translation>
    </message>
</context>
<context>
    <name>laatu::gui::WriterChecks</name>
    <message>
        <source>Checking the database…</source>
        <translation>Kontrollerar databasen…</translation>
    </message>
    <message>
        <source>The database is damaged: nothing more is saved.</source>
        <translation>Databasen är skadad: ingenting mer sparas.</translation>
    </message>
    <message>
        <source>Database Damaged</source>
        <translation>Databasen är skadad</translation>
    </message>
    <message>
        <source>Database checked.</source>
        <translation>Databasen har kontrollerats.</translation>
    </message>
    <message>
        <source>Backup Failed</source>
        <translation>Säkerhetskopieringen misslyckades</translation>
    </message>
    <message>
        <source>Backup Not Put Back</source>
        <translation>Säkerhetskopian återställdes inte</translation>
    </message>
    <message>
        <source>making the daily backup</source>
        <translation>när den dagliga säkerhetskopian gjordes</translation>
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
        <translation>Prova &apos;laatu --help&apos;.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;; try &apos;laatu --help&apos;.</source>
        <translation>oväntat argument &quot;%1&quot;; prova &apos;laatu --help&apos;.</translation>
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
    <message>
        <source>Open the database in &lt;path&gt; (default: your own Laatu database).</source>
        <translation>Öppna databasen i &lt;path&gt; (standard: din egen Laatu-databas).</translation>
    </message>
    <message>
        <source>Database Not Opened</source>
        <translation>Databasen kunde inte öppnas</translation>
    </message>
    <message>
        <source>no display was found (DISPLAY is not set). Start Laatu on a desktop, or use laatu-cli on the command line.</source>
        <translation>ingen skärm hittades (DISPLAY är inte satt). Starta Laatu i en skrivbordsmiljö, eller använd laatu-cli på kommandoraden.</translation>
    </message>
</context>
</TS>
