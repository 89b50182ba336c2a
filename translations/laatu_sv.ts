<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv">
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
    <name>BackupService</name>
    <message>
        <source>making a backup</source>
        <translation>säkerhetskopieringen</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be created.</source>
        <translation>Mappen för säkerhetskopior %1 kan inte skapas.</translation>
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
        <source>The backup cannot be restored: %1</source>
        <translation>Säkerhetskopian kan inte återställas: %1</translation>
    </message>
    <message>
        <source>The database is open in Laatu; close it before restoring a backup.</source>
        <translation>Databasen är öppen i Laatu; stäng den innan du återställer en säkerhetskopia.</translation>
    </message>
    <message>
        <source>%1 cannot be moved aside for the restore.</source>
        <translation>%1 kan inte flyttas undan för återställningen.</translation>
    </message>
    <message>
        <source>restoring the backup</source>
        <translation>återställningen av säkerhetskopian</translation>
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
    <name>CheckCommand</name>
    <message>
        <source>Check the database: quick, integrity and foreign key checks.</source>
        <translation>Kontrollera databasen: snabbkontroll, integritetskontroll och kontroll av främmande nycklar.</translation>
    </message>
    <message>
        <source>Runs SQLite&apos;s quick_check, integrity_check and foreign_key_check on the database (read-only) and gives a verdict.</source>
        <translation>Kör SQLites quick_check, integrity_check och foreign_key_check på databasen (skrivskyddat) och ger ett utlåtande.</translation>
    </message>
    <message>
        <source>%1: ok, no problems found.</source>
        <translation>%1: ok, inga problem hittades.</translation>
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
    <name>Database</name>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 kan inte läsas: %2.</translation>
    </message>
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
        <source>checking the database</source>
        <translation>kontrollen av databasen</translation>
    </message>
    <message>
        <source>The database check found problems: %1</source>
        <translation>Kontrollen av databasen hittade problem: %1</translation>
    </message>
    <message>
        <source>the file turned out to be damaged; restore the newest backup</source>
        <translation>filen visade sig vara skadad; återställ den nyaste säkerhetskopian</translation>
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
        <translation>Skapade %1 verksamhetsställen och %2 granskningar i %3 på %4 ms.</translation>
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
    <name>ImportCommand</name>
    <message>
        <source>Import review files; a file already imported changes nothing.</source>
        <translation>Importera granskningsfiler; en fil som redan har importerats ändrar ingenting.</translation>
    </message>
    <message>
        <source>Reads and checks every file first; if any is broken, nothing is written. Then each review is saved in one transaction. A review is matched by its UUID.</source>
        <translation>Läser och kontrollerar först alla filer; om någon av dem är trasig skrivs ingenting. Sedan sparas varje granskning i en transaktion. En granskning känns igen på sitt UUID.</translation>
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
        <translation>poäng %1 (%2) är &quot;%3&quot;; använd ett heltal %4-%5 eller - för inte bedömt</translation>
    </message>
</context>
<context>
    <name>RestoreCommand</name>
    <message>
        <source>Replace the database by a backup; the current file is kept aside.</source>
        <translation>Ersätt databasen med en säkerhetskopia; den nuvarande filen sparas undan.</translation>
    </message>
    <message>
        <source>Checks the backup, moves the current database (with its -wal and -shm files) aside under a new name, and writes the backup in its place. Laatu must not have the database open.</source>
        <translation>Kontrollerar säkerhetskopian, flyttar undan den nuvarande databasen (med dess -wal- och -shm-filer) under ett nytt namn och skriver säkerhetskopian i dess ställe. Laatu får inte ha databasen öppen.</translation>
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
</context>
<context>
    <name>ReviewDocumentReader</name>
    <message>
        <source>reading review %1</source>
        <translation>läsningen av granskning %1</translation>
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
        <translation>filen är större än %1 MiB</translation>
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
        <source>&quot;formatVersion&quot; must be %1</source>
        <translation>&quot;formatVersion&quot; måste vara %1</translation>
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
</context>
<context>
    <name>ReviewFileIo</name>
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
        <source>there is no such file</source>
        <translation>filen finns inte</translation>
    </message>
    <message>
        <source>the file is too large for a review file (%1 bytes; at most %2)</source>
        <translation>filen är för stor för en granskningsfil (%1 byte; högst %2)</translation>
    </message>
    <message>
        <source>the file cannot be read: %1</source>
        <translation>filen kan inte läsas: %1</translation>
    </message>
    <message>
        <source>%1 was not written: the review cannot be a review file (%2).</source>
        <translation>%1 skrevs inte: granskningen kan inte sparas som granskningsfil (%2).</translation>
    </message>
</context>
<context>
    <name>ReviewImporter</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
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
    <name>Translator</name>
    <message>
        <source>System language</source>
        <translation>Systemets språk</translation>
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
        <source>
&apos;laatu-cli &lt;command&gt; --help&apos; describes a command.

Exit codes: 0 ok, 2 wrong usage, 3 bad input or output file, 4 database problem.
</source>
        <translation>
&apos;laatu-cli &lt;command&gt; --help&apos; beskriver ett kommando.

Slutkoder: 0 ok, 2 felaktig användning, 3 felaktig in- eller utdatafil, 4 databasproblem.
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
        <source>Reviews</source>
        <translation>Granskningar</translation>
    </message>
</context>
<context>
    <name>laatu::gui::ReviewListPanel</name>
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
        <source>Reviews</source>
        <translation>Granskningar</translation>
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
        <source>Backup Failed</source>
        <translation>Säkerhetskopieringen misslyckades</translation>
    </message>
</context>
</TS>
