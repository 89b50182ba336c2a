<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi">
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Review Log</source>
        <translation>Arvioinnin loki</translation>
    </message>
    <message>
        <source>Review log</source>
        <translation>Arvioinnin loki</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Aika</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Tapahtuma</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Tiedot</translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>Make a verified backup of the database and rotate old ones.</source>
        <translation>Tekee tietokannasta tarkistetun varmuuskopion ja karsii vanhat varmuuskopiot.</translation>
    </message>
    <message>
        <source>Copies the database through SQLite (VACUUM INTO), checks the copy, and keeps the newest backup of each of the last 7 days, 5 weeks and 12 months.</source>
        <translation>Kopioi tietokannan SQLiten avulla (VACUUM INTO), tarkistaa kopion ja säilyttää uusimman varmuuskopion kultakin 7 viime päivältä, 5 viime viikolta ja 12 viime kuukaudelta.</translation>
    </message>
    <message>
        <source>Backup folder (default: laatu-backups beside the database).</source>
        <translation>Varmuuskopiokansio (oletus: laatu-backups tietokannan kanssa samassa kansiossa).</translation>
    </message>
    <message>
        <source>Backup written and checked: %1</source>
        <translation>Varmuuskopio kirjoitettu ja tarkistettu: %1</translation>
    </message>
    <message>
        <source>Old backup rotated out: %1</source>
        <translation>Vanha varmuuskopio poistettu: %1</translation>
    </message>
</context>
<context>
    <name>BackupRestore</name>
    <message>
        <source>The backup cannot be restored: %1</source>
        <translation>Varmuuskopiota ei voi palauttaa: %1</translation>
    </message>
    <message>
        <source>%1 is not a regular file; nothing was restored.</source>
        <translation>%1 ei ole tavallinen tiedosto; mitään ei palautettu.</translation>
    </message>
    <message>
        <source>The database is open in Laatu; close it before restoring a backup.</source>
        <translation>Tietokanta on auki Laatu-sovelluksessa; sulje se ennen varmuuskopion palauttamista.</translation>
    </message>
    <message>
        <source>The restored database cannot be written beside %1: %2.</source>
        <translation>Palautettua tietokantaa ei voi kirjoittaa tiedoston %1 rinnalle: %2.</translation>
    </message>
    <message>
        <source>The restored database cannot be named %1: %2.</source>
        <translation>Palautetulle tietokannalle ei voi antaa nimeä %1: %2.</translation>
    </message>
    <message>
        <source>restoring the backup</source>
        <translation>varmuuskopion palauttaminen</translation>
    </message>
    <message>
        <source>The restored database %1 cannot be made private.</source>
        <translation>Palautetun tietokannan %1 käyttöoikeuksia ei voi rajata vain omiksi.</translation>
    </message>
    <message>
        <source>%1 cannot be moved aside for the restore.</source>
        <translation>Tiedostoa %1 ei voi siirtää sivuun palauttamista varten.</translation>
    </message>
    <message>
        <source>%1 cannot be kept aside for the restore: %2.</source>
        <translation>Tiedostoa %1 ei voi säilyttää sivussa palauttamisen ajan: %2.</translation>
    </message>
    <message>
        <source>%1 cannot be kept aside for the restore: no free name.</source>
        <translation>Tiedostoa %1 ei voi säilyttää sivussa palauttamisen ajan: vapaata nimeä ei löydy.</translation>
    </message>
    <message>
        <source>The restored database cannot use write-ahead logging on this disk (it reports &quot;%1&quot;).</source>
        <translation>Palautettu tietokanta ei voi käyttää tällä levyllä WAL-kirjausta (levy ilmoittaa &quot;%1&quot;).</translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>making a backup</source>
        <translation>varmuuskopion tekeminen</translation>
    </message>
    <message>
        <source>An unfinished backup %1 is in the way.</source>
        <translation>Keskeneräinen varmuuskopio %1 on esteenä.</translation>
    </message>
    <message>
        <source>The new backup did not pass its check (%1); it was discarded.</source>
        <translation>Uusi varmuuskopio ei läpäissyt tarkistusta (%1), joten se hylättiin.</translation>
    </message>
    <message>
        <source>The backup could not be named %1.</source>
        <translation>Varmuuskopiolle ei voitu antaa nimeä %1.</translation>
    </message>
    <message>
        <source>The old backup %1 cannot be removed.</source>
        <translation>Vanhaa varmuuskopiota %1 ei voi poistaa.</translation>
    </message>
    <message>
        <source>No backup folder was given.</source>
        <translation>Varmuuskopiokansiota ei annettu.</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be created: %2.</source>
        <translation>Varmuuskopiokansiota %1 ei voi luoda: %2.</translation>
    </message>
    <message>
        <source>No backup was made in %1: %2.</source>
        <translation>Kansioon %1 ei tehty varmuuskopiota: %2.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be written: %2.</source>
        <translation>Varmuuskopiota %1 ei voi kirjoittaa: %2.</translation>
    </message>
    <message>
        <source>No backup was made: %1 is a symbolic link to %2, not a folder Laatu made. Remove the link, or name the folder you want with --dir.</source>
        <translation>Varmuuskopiota ei tehty: %1 on symbolinen linkki kohteeseen %2 eikä Laatu-sovelluksen luoma kansio. Poista linkki tai anna haluamasi kansio valitsimella --dir.</translation>
    </message>
</context>
<context>
    <name>BandCoverage</name>
    <message>
        <source>there are no bands</source>
        <translation>välejä ei ole määritelty</translation>
    </message>
    <message>
        <source>the band for rating %1 is empty (from %2 to %3)</source>
        <translation>pistemäärän %1 väli on tyhjä (alaraja %2, yläraja %3)</translation>
    </message>
    <message>
        <source>values below %1 fall into no band</source>
        <translation>alle %1 olevat arvot eivät osu millekään välille</translation>
    </message>
    <message>
        <source>values above %1 fall into no band</source>
        <translation>yli %1 olevat arvot eivät osu millekään välille</translation>
    </message>
    <message>
        <source>the bands for ratings %1 and %2 overlap</source>
        <translation>pistemäärien %1 ja %2 välit menevät päällekkäin</translation>
    </message>
    <message>
        <source>the bands for ratings %1 and %2 leave a gap between %3 and %4</source>
        <translation>pistemäärien %1 ja %2 välien väliin jää aukko kohdassa %3–%4</translation>
    </message>
    <message>
        <source>the bands for ratings %1 and %2 overlap between %3 and %4</source>
        <translation>pistemäärien %1 ja %2 välit menevät päällekkäin kohdassa %3–%4</translation>
    </message>
    <message>
        <source>the bands for ratings %1 and %2 both include %3</source>
        <translation>pistemäärien %1 ja %2 välit sisältävät molemmat arvon %3</translation>
    </message>
    <message>
        <source>the value %3 falls between the bands for ratings %1 and %2</source>
        <translation>arvo %3 jää pistemäärien %1 ja %2 välien väliin</translation>
    </message>
</context>
<context>
    <name>CatalogCommand</name>
    <message>
        <source>Print a criteria catalog, or check a catalog file.</source>
        <translation>Tulostaa kriteeristön tai tarkistaa kriteeristötiedoston.</translation>
    </message>
    <message>
        <source>Prints the built-in criteria catalog, or the one in --file, in one language. With --check it only validates the file and lists every problem found.</source>
        <translation>Tulostaa sisäänrakennetun kriteeristön tai valitsimella --file annetun kriteeristön yhdellä kielellä. Valitsimella --check tiedosto vain tarkistetaan ja kaikki löydetyt ongelmat luetellaan.</translation>
    </message>
    <message>
        <source>Language of the texts: fi, sv or en.</source>
        <translation>Tekstien kieli: fi, sv tai en.</translation>
    </message>
    <message>
        <source>Read the catalog from &lt;path&gt;.</source>
        <translation>Lukee kriteeristön tiedostosta &lt;path&gt;.</translation>
    </message>
    <message>
        <source>Only validate the catalog.</source>
        <translation>Tarkistaa vain kriteeristön.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>odottamaton argumentti &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot;; use fi, sv or en</source>
        <translation>tuntematon kieli &quot;%1&quot;; käytä arvoa fi, sv tai en</translation>
    </message>
    <message numerus="yes">
        <source>laatu-cli catalog: %1 is not a valid catalog (%n problem(s)):</source>
        <translation>
            <numerusform>laatu-cli catalog: %1 ei ole kelvollinen kriteeristö (%n ongelma):</numerusform>
            <numerusform>laatu-cli catalog: %1 ei ole kelvollinen kriteeristö (%n ongelmaa):</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: valid catalog %2 version %3, %4 criteria in %5 sections, languages %6</source>
        <translation>%1: kelvollinen kriteeristö %2, versio %3, kriteerejä %4, osioita %5, kielet %6</translation>
    </message>
    <message>
        <source>the catalog has no texts in &quot;%1&quot; (it has %2)</source>
        <translation>kriteeristössä ei ole tekstejä kielellä &quot;%1&quot; (kielet: %2)</translation>
    </message>
    <message>
        <source>Suggested from: %1</source>
        <translation>Ehdotuksen peruste: %1</translation>
    </message>
    <message>
        <source>Suggested from the elements present:</source>
        <translation>Ehdotus toteutuvien osatekijöiden määrän perusteella:</translation>
    </message>
</context>
<context>
    <name>CatalogParser</name>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation>virheellistä JSONia tavun %1 kohdalla: %2</translation>
    </message>
    <message>
        <source>the catalog must be a JSON object</source>
        <translation>kriteeristön on oltava JSON-objekti</translation>
    </message>
    <message>
        <source>not a Laatu criteria catalog (&quot;format&quot; must be &quot;%1&quot;)</source>
        <translation>ei ole Laatu-kriteeristö (&quot;format&quot;-arvon on oltava &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>catalog format version %1 is newer than this Laatu reads (%2); update Laatu</source>
        <translation>kriteeristön tiedostomuodon versio %1 on uudempi kuin tämä Laatu osaa lukea (%2); päivitä Laatu</translation>
    </message>
    <message>
        <source>&quot;formatVersion&quot; must be %1</source>
        <translation>&quot;formatVersion&quot;-arvon on oltava %1</translation>
    </message>
    <message>
        <source>the catalog has no sections</source>
        <translation>kriteeristössä ei ole osioita</translation>
    </message>
    <message>
        <source>section %1</source>
        <translation>osio %1</translation>
    </message>
    <message>
        <source>duplicate section id</source>
        <translation>osion tunnus toistuu</translation>
    </message>
    <message>
        <source>the section has no criteria</source>
        <translation>osiossa ei ole kriteerejä</translation>
    </message>
    <message>
        <source>%1, criterion %2</source>
        <translation>%1, kriteeri %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a two-letter language code</source>
        <translation>&quot;%1&quot; ei ole kaksikirjaiminen kielikoodi</translation>
    </message>
    <message>
        <source>the catalog must name at least one language</source>
        <translation>kriteeristössä on nimettävä vähintään yksi kieli</translation>
    </message>
    <message>
        <source>the catalog id &quot;%1&quot; may hold only a-z, 0-9 and single hyphens</source>
        <translation>kriteeristön tunnuksessa &quot;%1&quot; saa olla vain merkkejä a-z ja 0-9 sekä yksittäisiä yhdysmerkkejä</translation>
    </message>
    <message>
        <source>ratingScale</source>
        <translation>ratingScale</translation>
    </message>
    <message>
        <source>the scale must run upwards within 0-100</source>
        <translation>asteikon on oltava nouseva ja välillä 0-100</translation>
    </message>
    <message>
        <source>evidence source %1</source>
        <translation>näytön lähde %1</translation>
    </message>
    <message>
        <source>duplicate evidence source &quot;%1&quot;</source>
        <translation>näytön lähde &quot;%1&quot; toistuu</translation>
    </message>
    <message>
        <source>the catalog defines no levels</source>
        <translation>kriteeristössä ei ole määritelty tasoja</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation>taso %1</translation>
    </message>
    <message>
        <source>&quot;incomplete&quot; is reserved for reviews with unrated criteria</source>
        <translation>&quot;incomplete&quot; on varattu arvioinneille, joissa on pisteyttämättömiä kriteerejä</translation>
    </message>
    <message>
        <source>duplicate level key &quot;%1&quot;</source>
        <translation>tason avain &quot;%1&quot; toistuu</translation>
    </message>
    <message>
        <source>two levels start at the same total %1</source>
        <translation>kaksi tasoa alkaa samasta yhteispistemäärästä %1</translation>
    </message>
    <message>
        <source>totals from %1 to %2 fall into no level; the lowest level must start at %1 or below</source>
        <translation>pisteet yhteensä %1–%2 eivät kuulu mihinkään tasoon; alimman tason on alettava arvosta %1 tai sitä alempaa</translation>
    </message>
    <message>
        <source>criterion %1</source>
        <translation>kriteeri %1</translation>
    </message>
    <message>
        <source>the id may hold only a-z, 0-9 and single hyphens</source>
        <translation>tunnuksessa saa olla vain merkkejä a-z ja 0-9 sekä yksittäisiä yhdysmerkkejä</translation>
    </message>
    <message>
        <source>duplicate criterion id</source>
        <translation>kriteerin tunnus toistuu</translation>
    </message>
    <message>
        <source>%1, anchor %2</source>
        <translation>%1, ankkurikuvaus %2</translation>
    </message>
    <message>
        <source>%1, anchor for rating %2</source>
        <translation>%1, pistemäärän %2 ankkurikuvaus</translation>
    </message>
    <message>
        <source>rating outside the scale %1-%2</source>
        <translation>pistemäärä on asteikon %1-%2 ulkopuolella</translation>
    </message>
    <message>
        <source>a second anchor for the same rating</source>
        <translation>samalla pistemäärällä on toinen ankkurikuvaus</translation>
    </message>
    <message>
        <source>the anchor for rating %1 is missing</source>
        <translation>pistemäärän %1 ankkurikuvaus puuttuu</translation>
    </message>
    <message>
        <source>unknown evidence source &quot;%1&quot;</source>
        <translation>tuntematon näytön lähde &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1, suggestion</source>
        <translation>%1, ehdotus</translation>
    </message>
    <message>
        <source>the catalog declares %1 criteria but holds %2</source>
        <translation>kriteeristössä ilmoitetaan %1 kriteeriä, mutta siinä on %2</translation>
    </message>
    <message>
        <source>number %1 is used twice</source>
        <translation>numero %1 on käytössä kahdesti</translation>
    </message>
    <message>
        <source>criterion number %1 is missing</source>
        <translation>kriteerin numero %1 puuttuu</translation>
    </message>
    <message>
        <source>criteria must be listed in the order of their numbers</source>
        <translation>kriteerit on lueteltava numerojärjestyksessä</translation>
    </message>
    <message>
        <source>the file holds a NUL byte at byte %1; a catalog is UTF-8 text</source>
        <translation>tiedostossa on NUL-merkki tavun %1 kohdalla; kriteeristön on oltava UTF-8-tekstiä</translation>
    </message>
    <message>
        <source>&quot;criterionCount&quot; must be at least 1, not %1</source>
        <translation>&quot;criterionCount&quot;-arvon on oltava vähintään 1, ei %1</translation>
    </message>
    <message>
        <source>the language &quot;%1&quot; is listed twice</source>
        <translation>kieli &quot;%1&quot; on lueteltu kahdesti</translation>
    </message>
</context>
<context>
    <name>CatalogReader</name>
    <message>
        <source>The catalog file %1 does not exist.</source>
        <translation>Kriteeristötiedostoa %1 ei ole olemassa.</translation>
    </message>
    <message>
        <source>The catalog file %1 is too large (%2 bytes; at most %3 bytes).</source>
        <translation>Kriteeristötiedosto %1 on liian suuri (%2&#xa0;tavua; enintään %3&#xa0;tavua).</translation>
    </message>
    <message>
        <source>The catalog file %1 %2.</source>
        <translation>Kriteeristötiedosto %1 %2.</translation>
    </message>
</context>
<context>
    <name>ChartExporter</name>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation>PNG-kuva (*.png);;SVG-kuva (*.svg)</translation>
    </message>
    <message>
        <source>%1: the chart can be saved as .png or .svg; add one of them to the name.</source>
        <translation>%1: kaavion voi tallentaa .png- tai .svg-muodossa; lisää jompikumpi nimen loppuun.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>Tiedostoon %1 ei voi kirjoittaa: %2.</translation>
    </message>
    <message>
        <source>Made with Laatu</source>
        <translation>Tehty Laatu-sovelluksella</translation>
    </message>
    <message>
        <source>%1 cannot be written: the SVG could not be started.</source>
        <translation>Tiedostoon %1 ei voi kirjoittaa: SVG-tiedoston luominen ei käynnistynyt.</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2.</source>
        <translation>Tiedostoa %1 ei voitu tallentaa: %2.</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>%1: ok, no problems found.</source>
        <translation>%1: kunnossa, ongelmia ei löytynyt.</translation>
    </message>
    <message>
        <source>Check the database: quick, integrity, foreign key and CHECK constraint checks.</source>
        <translation>Tarkistaa tietokannan: pikatarkistus, eheystarkistus sekä viiteavainten ja CHECK-rajoitteiden tarkistus.</translation>
    </message>
    <message>
        <source>Runs SQLite&apos;s quick_check, integrity_check and foreign_key_check on the database (read-only), verifies every CHECK constraint of its tables, lists every problem found and gives a verdict.</source>
        <translation>Ajaa tietokannalle SQLiten tarkistukset quick_check, integrity_check ja foreign_key_check (vain luku -tilassa), tarkistaa taulujen kaikki CHECK-rajoitteet, luettelee kaikki löydetyt ongelmat ja antaa tuloksen.</translation>
    </message>
</context>
<context>
    <name>CheckConstraintScan</name>
    <message>
        <source>checking the rules of the tables</source>
        <translation>taulujen sääntöjen tarkistaminen</translation>
    </message>
    <message numerus="yes">
        <source>CHECK constraint failed in %1: %2 (%n row(s))</source>
        <translation>
            <numerusform>CHECK-rajoite ei täyty taulussa %1: %2 (%n rivi)</numerusform>
            <numerusform>CHECK-rajoite ei täyty taulussa %1: %2 (%n riviä)</numerusform>
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
        <translation>Kokeile komentoa &apos;laatu-cli %1 --help&apos;.</translation>
    </message>
    <message>
        <source>--%1 needs a value (%2), not an empty one</source>
        <translation>--%1 tarvitsee arvon (%2), ei tyhjää</translation>
    </message>
    <message>
        <source>an empty argument was given; give a value or leave it out</source>
        <translation>annettiin tyhjä argumentti; anna arvo tai jätä argumentti pois</translation>
    </message>
</context>
<context>
    <name>CompareCommand</name>
    <message>
        <source>Compare the sites of a county: ratings per criterion, totals, weakest criteria.</source>
        <translation>Vertaa hyvinvointialueen toimipisteitä: pistemäärät kriteereittäin, pisteet yhteensä, heikoimmat kriteerit.</translation>
    </message>
    <message>
        <source>The wellbeing services county.</source>
        <translation>Hyvinvointialue.</translation>
    </message>
    <message>
        <source>Reviews visited on or after this day.</source>
        <translation>Arvioinnit, joiden käynti on tänä päivänä tai sen jälkeen.</translation>
    </message>
    <message>
        <source>Reviews visited on or before this day.</source>
        <translation>Arvioinnit, joiden käynti on tänä päivänä tai sitä ennen.</translation>
    </message>
    <message>
        <source>Every review in the period, not only the latest.</source>
        <translation>Kaikki ajanjakson arvioinnit, ei vain viimeisintä.</translation>
    </message>
    <message>
        <source>Leave self-assessments out.</source>
        <translation>Jättää itsearvioinnit pois.</translation>
    </message>
    <message>
        <source>Write the table to this file.</source>
        <translation>Kirjoittaa taulukon tähän tiedostoon.</translation>
    </message>
    <message>
        <source>CSV separator: &apos;;&apos; (default, decimal comma) or &apos;,&apos;.</source>
        <translation>CSV-erotin: &apos;;&apos; (oletus, desimaalipilkku) tai &apos;,&apos;.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>odottamaton argumentti &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--county NAME is required</source>
        <translation>--county NAME on pakollinen</translation>
    </message>
    <message>
        <source>--%1 needs a date like 2025-01-31</source>
        <translation>--%1 tarvitsee päivämäärän muodossa 2025-01-31</translation>
    </message>
    <message>
        <source>--separator must be &apos;;&apos; or &apos;,&apos;</source>
        <translation>--separator on oltava &apos;;&apos; tai &apos;,&apos;</translation>
    </message>
    <message>
        <source>laatu-cli compare: no reviews of &quot;%1&quot; in that period. Counties: %2.</source>
        <translation>laatu-cli compare: hyvinvointialueelta &quot;%1&quot; ei ole arviointeja tällä ajanjaksolla. Hyvinvointialueet: %2.</translation>
    </message>
    <message>
        <source>laatu-cli compare: %1</source>
        <translation>laatu-cli compare: %1</translation>
    </message>
    <message>
        <source>County mean</source>
        <translation>Hyvinvointialueen keskiarvo</translation>
    </message>
    <message>
        <source>Weakest: %1</source>
        <translation>Heikoimmat: %1</translation>
    </message>
    <message>
        <source>Prints one line per site (its latest final review in the period, or every review with --all): the 25 consensus ratings, total, mean and level; then the county mean per criterion and the weakest criteria. --csv writes the table for a spreadsheet.</source>
        <translation>Tulostaa rivin kutakin toimipistettä kohden (sen ajanjakson viimeisin lopullinen arviointi tai valitsimella --all kaikki arvioinnit): 25 konsensuspistemäärää, pisteet yhteensä, keskiarvo ja taso; sen jälkeen hyvinvointialueen keskiarvo kriteereittäin ja heikoimmat kriteerit. --csv kirjoittaa taulukon taulukkolaskentaa varten.</translation>
    </message>
    <message>
        <source>The latest review of each site even when it is not final yet.</source>
        <translation>Kunkin toimipisteen viimeisin arviointi, vaikka se ei olisi vielä lopullinen.</translation>
    </message>
</context>
<context>
    <name>ComparisonCsv</name>
    <message>
        <source>Site</source>
        <translation>Toimipiste</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kunta</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Käynti</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Laji</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Rated</source>
        <translation>Pisteytetty</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Pisteet yhteensä</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Keskiarvo</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Taso</translation>
    </message>
    <message>
        <source>County mean</source>
        <translation>Hyvinvointialueen keskiarvo</translation>
    </message>
</context>
<context>
    <name>ComparisonQuery</name>
    <message>
        <source>comparing the sites of %1</source>
        <translation>hyvinvointialueen %1 toimipisteiden vertaaminen</translation>
    </message>
    <message>
        <source>listing the counties</source>
        <translation>hyvinvointialueiden luetteleminen</translation>
    </message>
</context>
<context>
    <name>ComparisonSummary</name>
    <message>
        <source>all visits</source>
        <translation>kaikki käynnit</translation>
    </message>
    <message>
        <source>visits from %1</source>
        <translation>käynnit %1 alkaen</translation>
    </message>
    <message>
        <source>visits until %1</source>
        <translation>käynnit %1 asti</translation>
    </message>
    <message>
        <source>visits %1–%2</source>
        <translation>käynnit %1–%2</translation>
    </message>
    <message>
        <source>%1. %2 (%3)</source>
        <translation>%1. %2 (%3)</translation>
    </message>
    <message>
        <source>Weakest across the county: %1.</source>
        <translation>Hyvinvointialueen heikoimmat: %1.</translation>
    </message>
    <message>
        <source>No sites with a county yet: add reviews to compare sites.</source>
        <translation>Hyvinvointialueeseen liitettyjä toimipisteitä ei vielä ole: lisää arviointeja, jotta voit verrata toimipisteitä.</translation>
    </message>
    <message>
        <source>No reviews of %1 in this period.</source>
        <translation>Hyvinvointialueelta %1 ei ole arviointeja tällä ajanjaksolla.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>incomplete: %1</source>
        <translation>Kesken: %1</translation>
    </message>
    <message>
        <source>%1, %2 – sites: %3, reviews: %4.</source>
        <translation>%1, %2 – toimipisteitä: %3, arviointeja: %4.</translation>
    </message>
</context>
<context>
    <name>CountyComparison</name>
    <message>
        <source>The built-in catalog cannot be read.</source>
        <translation>Sisäänrakennettua kriteeristöä ei voi lukea.</translation>
    </message>
</context>
<context>
    <name>CountyList</name>
    <message>
        <source>The county list %1 cannot be read: %2</source>
        <translation>Hyvinvointialueiden luetteloa %1 ei voi lukea: %2</translation>
    </message>
    <message>
        <source>The county list is not valid JSON: %1</source>
        <translation>Hyvinvointialueiden luettelo ei ole kelvollista JSONia: %1</translation>
    </message>
    <message>
        <source>The county list has no &quot;counties&quot; array.</source>
        <translation>Hyvinvointialueiden luettelossa ei ole &quot;counties&quot;-taulukkoa.</translation>
    </message>
    <message>
        <source>County %1 of the list needs an id and a Finnish and a Swedish name.</source>
        <translation>Luettelon hyvinvointialueella %1 on oltava tunnus sekä suomen- ja ruotsinkielinen nimi.</translation>
    </message>
    <message>
        <source>The county id &quot;%1&quot; appears twice in the list.</source>
        <translation>Hyvinvointialueen tunnus &quot;%1&quot; esiintyy luettelossa kahdesti.</translation>
    </message>
    <message>
        <source>The county name &quot;%1&quot; appears twice in the list.</source>
        <translation>Hyvinvointialueen nimi &quot;%1&quot; esiintyy luettelossa kahdesti.</translation>
    </message>
</context>
<context>
    <name>CriterionHtml</name>
    <message>
        <source>Suggested from:</source>
        <translation>Ehdotuksen peruste:</translation>
    </message>
    <message>
        <source>Computed from: %1</source>
        <translation>Laskentakaava: %1</translation>
    </message>
    <message numerus="yes">
        <source>Suggested from the elements present (%n element(s)):</source>
        <translation>
            <numerusform>Ehdotus toteutuvien osatekijöiden määrän perusteella (%n osatekijä):</numerusform>
            <numerusform>Ehdotus toteutuvien osatekijöiden määrän perusteella (%n osatekijää):</numerusform>
        </translation>
    </message>
    <message>
        <source>Rated against the anchors; no suggestion from numbers.</source>
        <translation>Pisteytetään ankkurikuvausten perusteella; lukuihin perustuvaa ehdotusta ei ole.</translation>
    </message>
    <message>
        <source>Evidence to collect</source>
        <translation>Kerättävä näyttö</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Lähteet:</translation>
    </message>
    <message>
        <source>Anchors</source>
        <translation>Ankkurikuvaukset</translation>
    </message>
    <message>
        <source>Suggested rating</source>
        <translation>Ehdotettu pistemäärä</translation>
    </message>
    <message numerus="yes">
        <source>%n criteria</source>
        <translation>
            <numerusform>%n kriteeri</numerusform>
            <numerusform>%n kriteeriä</numerusform>
        </translation>
    </message>
    <message>
        <source>Catalog %1, version %2</source>
        <translation>Kriteeristö %1, versio %2</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Osiot</translation>
    </message>
    <message>
        <source>Fidelity levels</source>
        <translation>Menetelmällisen tarkkuuden tasot</translation>
    </message>
    <message>
        <source>Choose a criterion on the left to see its definition and anchors.</source>
        <translation>Valitse kriteeri vasemmalta, niin näet sen määritelmän ja ankkurikuvaukset.</translation>
    </message>
</context>
<context>
    <name>DataRequestCommand</name>
    <message>
        <source>Write the data request sent to a service before its site visit (PDF or ODT).</source>
        <translation>Kirjoittaa tietopyynnön, joka lähetetään palvelulle ennen arviointikäyntiä (PDF tai ODT).</translation>
    </message>
    <message>
        <source>Writes the letter that tells a service what to have ready for the site visit of one review: the service, the visit dates and the reviewers; the documents and figures to prepare, grouped by who provides them, each with the criterion it serves; the figures collected on the visit; and the evidence each criterion rests on. The file name&apos;s ending chooses the format: .pdf (A4) or .odt (to edit in a word processor).</source>
        <translation>Kirjoittaa kirjeen, jossa palvelulle kerrotaan, mitä yhden arvioinnin arviointikäyntiä varten on oltava valmiina: palvelu, käyntipäivät ja arvioijat; valmisteltavat asiakirjat ja luvut toimittajittain ryhmiteltyinä, kunkin yhteydessä kriteeri, jota se koskee; käynnillä kerättävät luvut; sekä näyttö, johon kunkin kriteerin arviointi perustuu. Tiedostonimen pääte määrää muodon: .pdf (A4) tai .odt (muokattavaksi tekstinkäsittelyohjelmassa).</translation>
    </message>
    <message>
        <source>Review number or UUID.</source>
        <translation>Arvioinnin numero tai UUID.</translation>
    </message>
    <message>
        <source>The file to write, ending in .pdf or .odt.</source>
        <translation>Kirjoitettava tiedosto, jonka pääte on .pdf tai .odt.</translation>
    </message>
    <message>
        <source>The letter&apos;s language: fi, sv or en (default: the user interface language).</source>
        <translation>Kirjeen kieli: fi, sv tai en (oletus: käyttöliittymän kieli).</translation>
    </message>
    <message>
        <source>expected one review number or UUID</source>
        <translation>odotettiin yhtä arvioinnin numeroa tai UUID-tunnusta</translation>
    </message>
    <message>
        <source>--out FILE is required</source>
        <translation>--out FILE on pakollinen</translation>
    </message>
    <message>
        <source>--out must name a file ending in .pdf or .odt, not &quot;%1&quot;</source>
        <translation>--out-tiedostonimen on päätyttävä .pdf tai .odt, ei &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--lang must be fi, sv or en, not &quot;%1&quot;</source>
        <translation>--lang on oltava fi, sv tai en, ei &quot;%1&quot;</translation>
    </message>
    <message>
        <source>laatu-cli data-request: %1</source>
        <translation>laatu-cli data-request: %1</translation>
    </message>
    <message>
        <source>Wrote the data request of %1 to %2 (OpenDocument text).</source>
        <translation>Arvioinnin %1 tietopyyntö kirjoitettu tiedostoon %2 (OpenDocument-teksti).</translation>
    </message>
    <message>
        <source>Wrote the data request of %1 (%2 pages) to %3.</source>
        <translation>Arvioinnin %1 tietopyyntö (%2 sivua) kirjoitettu tiedostoon %3.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is empty, not a Laatu database. If it should hold reviews, restore the newest backup (laatu-cli restore).</source>
        <translation>%1 on tyhjä eikä ole Laatu-tietokanta. Jos siinä pitäisi olla arviointeja, palauta uusin varmuuskopio (laatu-cli restore).</translation>
    </message>
    <message>
        <source>%1 is not a Laatu database (it is not an SQLite file). Choose another file, or restore the newest backup if this one was damaged.</source>
        <translation>%1 ei ole Laatu-tietokanta (se ei ole SQLite-tiedosto). Valitse toinen tiedosto tai palauta uusin varmuuskopio, jos tämä tiedosto on vioittunut.</translation>
    </message>
    <message>
        <source>opening %1</source>
        <translation>tiedoston %1 avaaminen</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>tiedoston %1 lukeminen</translation>
    </message>
    <message>
        <source>%1 is damaged (it has lost its database version). Laatu does not write to it: restore the newest backup (laatu-cli restore).</source>
        <translation>%1 on vioittunut (sen tietokantaversio on kadonnut). Laatu ei kirjoita siihen: palauta uusin varmuuskopio (laatu-cli restore).</translation>
    </message>
    <message>
        <source>%1 is a database of another program, not a Laatu database. Choose another file.</source>
        <translation>%1 on jonkin muun ohjelman tietokanta, ei Laatu-tietokanta. Valitse toinen tiedosto.</translation>
    </message>
    <message>
        <source>%1 was made by a newer Laatu (database version %2; this Laatu reads up to %3). Update Laatu to open it; the file was not changed.</source>
        <translation>%1 on tehty uudemmalla Laatu-versiolla (tietokantaversio %2; tämä Laatu lukee enintään version %3). Päivitä Laatu, niin voit avata sen; tiedostoa ei muutettu.</translation>
    </message>
    <message>
        <source>%1 is damaged or not a Laatu database (%2). Laatu does not write to it: restore the newest backup (laatu-cli restore).</source>
        <translation>%1 on vioittunut tai se ei ole Laatu-tietokanta (%2). Laatu ei kirjoita siihen: palauta uusin varmuuskopio (laatu-cli restore).</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>Sijainnissa %1 ei ole tietokantaa.</translation>
    </message>
    <message>
        <source>A new database cannot be created at %1: %2.</source>
        <translation>Uutta tietokantaa ei voi luoda sijaintiin %1: %2.</translation>
    </message>
    <message>
        <source>opened read-only on request</source>
        <translation>vain luku -tilaa pyydettiin</translation>
    </message>
    <message>
        <source>the file %1 is read-only</source>
        <translation>tiedosto %1 on vain luku -tilassa</translation>
    </message>
    <message>
        <source>%1 was made by an older Laatu and must be upgraded, which needs writing, but %2.</source>
        <translation>%1 on tehty vanhemmalla Laatu-versiolla, ja se on päivitettävä. Päivittäminen vaatii kirjoitusoikeuden, mutta %2.</translation>
    </message>
    <message>
        <source>opening the database</source>
        <translation>tietokannan avaaminen</translation>
    </message>
    <message>
        <source>checking %1</source>
        <translation>tiedoston %1 tarkistaminen</translation>
    </message>
    <message>
        <source>a %1 row refers to a missing %2 row</source>
        <translation>taulun %1 rivi viittaa puuttuvaan taulun %2 riviin</translation>
    </message>
    <message>
        <source>%1 is damaged (the check reports: %2). Laatu does not write to it: restore the newest backup (laatu-cli restore).</source>
        <translation>%1 on vioittunut (tarkistuksen tulos: %2). Laatu ei kirjoita siihen: palauta uusin varmuuskopio (laatu-cli restore).</translation>
    </message>
    <message>
        <source>setting up the database</source>
        <translation>tietokannan valmistelu</translation>
    </message>
    <message>
        <source>The database cannot use write-ahead logging on this disk (it reports &quot;%1&quot;); use a folder on a local disk.</source>
        <translation>Tietokanta ei voi käyttää tällä levyllä WAL-kirjausta (write-ahead logging; levy ilmoittaa &quot;%1&quot;); käytä paikallisella levyllä olevaa kansiota.</translation>
    </message>
    <message>
        <source>upgrading the database</source>
        <translation>tietokannan päivittäminen</translation>
    </message>
    <message>
        <source>The database is open read-only (%1), so %2 did not happen.</source>
        <translation>Tietokanta on avattu vain luku -tilaan (%1), joten %2 ei onnistunut.</translation>
    </message>
    <message>
        <source>the file turned out to be damaged; restore the newest backup</source>
        <translation>tiedosto osoittautui vahingoittuneeksi; palauta uusin varmuuskopio</translation>
    </message>
    <message>
        <source>%1 %2.</source>
        <translation>%1 %2.</translation>
    </message>
    <message>
        <source>%1 %2, not a database file.</source>
        <translation>%1 %2, joten se ei ole tietokantatiedosto.</translation>
    </message>
    <message>
        <source>the file %1 has %2 names (hard links), and a writer through another name would not see this one&apos;s lock; keep one name</source>
        <translation>tiedostolla %1 on %2 nimeä (kovaa linkkiä), eikä toisen nimen kautta kirjoittava ohjelma näkisi tämän nimen lukitusta; jätä tiedostolle vain yksi nimi</translation>
    </message>
    <message>
        <source>setting up the new database</source>
        <translation>uuden tietokannan valmistelu</translation>
    </message>
</context>
<context>
    <name>DatabaseCheck</name>
    <message>
        <source>checking the database</source>
        <translation>tietokannan tarkistaminen</translation>
    </message>
    <message>
        <source>a row of %1 refers to a missing row of %2 (%3)</source>
        <translation>taulun %1 rivi viittaa puuttuvaan taulun %2 riviin (%3)</translation>
    </message>
    <message numerus="yes">
        <source>The database check found %n problem(s): %1</source>
        <translation>
            <numerusform>Tietokannan tarkistus löysi %n ongelman: %1</numerusform>
            <numerusform>Tietokannan tarkistus löysi %n ongelmaa: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatabaseRecovery</name>
    <message>
        <source>%1

Put back the newest backup, from %2? The damaged file is kept beside it under another name, so nothing is deleted. Changes made after that backup are not in it.</source>
        <translation>%1

Otetaanko käyttöön uusin varmuuskopio (%2)? Vioittunut tiedosto säilytetään sen vieressä toisella nimellä, joten mitään ei poisteta. Varmuuskopion jälkeen tehdyt muutokset eivät ole siinä.</translation>
    </message>
    <message>
        <source>Database Damaged</source>
        <translation>Tietokanta on vioittunut</translation>
    </message>
    <message>
        <source>Backup Put Back</source>
        <translation>Varmuuskopio otettu käyttöön</translation>
    </message>
    <message>
        <source>The backup from %1 is in use. The damaged file is kept as %2.</source>
        <translation>Varmuuskopio ajalta %1 on käytössä. Vioittunut tiedosto on tallessa nimellä %2.</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Fill a new database with fictional sites and reviews.</source>
        <translation>Täyttää uuden tietokannan kuvitteellisilla toimipisteillä ja arvioinneilla.</translation>
    </message>
    <message>
        <source>Creates believable, clearly fictional sites in the pilot counties, each with reviews every six months by two reviewers, with evidence, findings and actions. The database must not hold reviews yet.</source>
        <translation>Luo uskottavia mutta selvästi kuvitteellisia toimipisteitä pilottihyvinvointialueille. Kullakin toimipisteellä on puolen vuoden välein kahden arvioijan tekemä arviointi, johon kuuluu näyttöä, havaintoja ja toimenpiteitä. Tietokannassa ei saa vielä olla arviointeja.</translation>
    </message>
    <message>
        <source>Number of sites (default 6).</source>
        <translation>Toimipisteiden määrä (oletus 6).</translation>
    </message>
    <message>
        <source>Reviews per site (default 3).</source>
        <translation>Arviointeja toimipistettä kohden (oletus 3).</translation>
    </message>
    <message>
        <source>Seed for the generator (default 20261129).</source>
        <translation>Generaattorin siemenluku (oletus 20261129).</translation>
    </message>
    <message>
        <source>--sites must be 1-100000, --reviews-per-site 1-100 and --seed a whole number</source>
        <translation>--sites on oltava 1-100000, --reviews-per-site 1-100 ja --seed kokonaisluku</translation>
    </message>
    <message>
        <source>adding demo data</source>
        <translation>demotietojen lisääminen</translation>
    </message>
    <message numerus="yes">
        <source>%1 already holds %n review(s); demo data goes into a new database</source>
        <translation>
            <numerusform>%1 sisältää jo %n arvioinnin; demotiedot lisätään uuteen tietokantaan</numerusform>
            <numerusform>%1 sisältää jo %n arviointia; demotiedot lisätään uuteen tietokantaan</numerusform>
        </translation>
    </message>
    <message>
        <source>Created %1 sites and %2 reviews in %3 in %4 ms.</source>
        <translation>Tietokantaan %3 luotiin toimipisteitä %1 ja arviointeja %2 (%4&#xa0;ms).</translation>
    </message>
</context>
<context>
    <name>DisplayText</name>
    <message>
        <source>External review</source>
        <translation>Ulkoinen arviointi</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Itsearviointi</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Luonnos</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>Konsensus</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Lopullinen</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Vahvuus</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Suositus</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Auki</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Käynnissä</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Tehty</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Hylätty</translation>
    </message>
    <message>
        <source>not published</source>
        <translation>ei julkaistu</translation>
    </message>
    <message>
        <source>publishing unfinished</source>
        <translation>julkaisu kesken</translation>
    </message>
    <message>
        <source>published</source>
        <translation>julkaistu</translation>
    </message>
    <message>
        <source>changed since publication</source>
        <translation>muuttunut julkaisun jälkeen</translation>
    </message>
    <message>
        <source>conflict on the server</source>
        <translation>ristiriita palvelimella</translation>
    </message>
    <message>
        <source>from the programme</source>
        <translation>ohjelmasta</translation>
    </message>
    <message>
        <source>Not yet on the programme server: File → Publish Review sends it.</source>
        <translation>Ei vielä ohjelman palvelimella: Tiedosto → Julkaise arviointi lähettää sen.</translation>
    </message>
    <message>
        <source>Sending it to the programme server did not finish; the next publish completes it.</source>
        <translation>Lähetys ohjelman palvelimelle jäi kesken; seuraava julkaisu vie sen loppuun.</translation>
    </message>
    <message>
        <source>On the programme server as it is here.</source>
        <translation>Ohjelman palvelimella samanlaisena kuin tässä.</translation>
    </message>
    <message>
        <source>Changed since it was published: the server holds the earlier version until it is final again and published.</source>
        <translation>Muuttunut julkaisun jälkeen: palvelimella on aiempi versio, kunnes arviointi on taas lopullinen ja julkaistaan.</translation>
    </message>
    <message>
        <source>The server holds the same revision with other content; it keeps its own and lists this laptop&apos;s beside it.</source>
        <translation>Palvelimella on sama versio eri sisällöllä; se säilyttää omansa ja listaa tämän kannettavan version sen rinnalle.</translation>
    </message>
    <message>
        <source>Pulled from the programme server: another reviewer&apos;s review, read-only here.</source>
        <translation>Noudettu ohjelman palvelimelta: toisen arvioijan arviointi, tässä vain luettavissa.</translation>
    </message>
</context>
<context>
    <name>EvidenceFigures</name>
    <message numerus="yes">
        <source>%n coach(es)</source>
        <translation>
            <numerusform>%n työhönvalmentaja</numerusform>
            <numerusform>%n työhönvalmentajaa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n asiakaskirjaus</numerusform>
            <numerusform>%n asiakaskirjausta</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Write one review to a review file (JSON).</source>
        <translation>Kirjoittaa yhden arvioinnin arviointitiedostoon (JSON).</translation>
    </message>
    <message>
        <source>Writes one review, with its site, reviewers, ratings, evidence, findings and actions, to a review file that another laptop can import.</source>
        <translation>Kirjoittaa yhden arvioinnin toimipisteineen, arvioijineen, pistemäärineen, näyttöineen, havaintoineen ja toimenpiteineen arviointitiedostoon, jonka voi tuoda toiselle kannettavalle tietokoneelle.</translation>
    </message>
    <message>
        <source>Review number or UUID.</source>
        <translation>Arvioinnin numero tai UUID.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Kirjoitettava tiedosto.</translation>
    </message>
    <message>
        <source>expected one review number or UUID</source>
        <translation>odotettiin yhtä arvioinnin numeroa tai UUID-tunnusta</translation>
    </message>
    <message>
        <source>--out FILE is required</source>
        <translation>--out FILE on pakollinen</translation>
    </message>
    <message>
        <source>laatu-cli export: %1</source>
        <translation>laatu-cli export: %1</translation>
    </message>
    <message>
        <source>Wrote review %1 to %2.</source>
        <translation>Arviointi %1 kirjoitettu tiedostoon %2.</translation>
    </message>
</context>
<context>
    <name>ExportCsvCommand</name>
    <message>
        <source>Write the review history as a CSV file for spreadsheets.</source>
        <translation>Kirjoittaa arviointihistorian CSV-tiedostoon taulukkolaskentaa varten.</translation>
    </message>
    <message>
        <source>Writes every review as one row per criterion (site, county, dates, kind, status, catalog, criterion, consensus rating, the review&apos;s total, mean and level) to a CSV file in UTF-8 that LibreOffice and Excel open directly. Notes are not included.</source>
        <translation>Kirjoittaa jokaisen arvioinnin CSV-tiedostoon rivi kriteeriä kohden (toimipiste, hyvinvointialue, päivämäärät, laji, tila, kriteeristö, kriteeri, konsensuspistemäärä sekä arvioinnin pisteet yhteensä, keskiarvo ja taso). Tiedosto on UTF-8-muotoinen, ja LibreOffice ja Excel avaavat sen suoraan. Muistiinpanot eivät tule mukaan.</translation>
    </message>
    <message>
        <source>The CSV file to write.</source>
        <translation>Kirjoitettava CSV-tiedosto.</translation>
    </message>
    <message>
        <source>Field separator: &apos;;&apos; (default, for Finnish and Swedish spreadsheets, decimal commas) or &apos;,&apos; (decimal points).</source>
        <translation>Kenttäerotin: &apos;;&apos; (oletus suomen- ja ruotsinkielisille taulukkolaskentaohjelmille, desimaalipilkku) tai &apos;,&apos; (desimaalipiste).</translation>
    </message>
    <message>
        <source>Language of criterion titles, level names and decimals: fi, sv or en (default: the user interface language).</source>
        <translation>Kriteerien otsikoiden, tasojen nimien ja desimaalien kieli: fi, sv tai en (oletus: käyttöliittymän kieli).</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>odottamaton argumentti &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--out FILE is required</source>
        <translation>--out FILE on pakollinen</translation>
    </message>
    <message>
        <source>--separator must be &apos;;&apos; or &apos;,&apos;</source>
        <translation>--separator on oltava &apos;;&apos; tai &apos;,&apos;</translation>
    </message>
    <message>
        <source>--lang must be fi, sv or en, not &quot;%1&quot;</source>
        <translation>--lang on oltava fi, sv tai en, ei &quot;%1&quot;</translation>
    </message>
    <message>
        <source>laatu-cli export-csv: %1</source>
        <translation>laatu-cli export-csv: %1</translation>
    </message>
    <message>
        <source>Wrote %1 rows to %2.</source>
        <translation>Tiedostoon %2 kirjoitettiin %1 riviä.</translation>
    </message>
</context>
<context>
    <name>ExportMineCommand</name>
    <message>
        <source>Write one reviewer&apos;s own ratings and the evidence, for &apos;merge&apos; elsewhere.</source>
        <translation>Kirjoittaa yhden arvioijan omat pistemäärät ja näytön tiedostoon, joka yhdistetään muualla komennolla &apos;merge&apos;.</translation>
    </message>
    <message>
        <source>Writes a review file holding one reviewer of a review with their own ratings and the evidence notes, numbers and checks, but no consensus, findings or actions. The lead reviewer brings it in with &apos;merge&apos; (not &apos;import&apos;, which replaces a review).</source>
        <translation>Kirjoittaa arviointitiedoston, jossa on arvioinnin yksi arvioija omine pistemäärineen sekä näytön muistiinpanot, lukuarvot ja tarkistukset, mutta ei konsensusta, havaintoja eikä toimenpiteitä. Pääarvioija tuo tiedoston komennolla &apos;merge&apos; (ei komennolla &apos;import&apos;, joka korvaa arvioinnin).</translation>
    </message>
    <message>
        <source>Review number or UUID.</source>
        <translation>Arvioinnin numero tai UUID.</translation>
    </message>
    <message>
        <source>The reviewer, by name or UUID.</source>
        <translation>Arvioija nimen tai UUID-tunnuksen perusteella.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Kirjoitettava tiedosto.</translation>
    </message>
    <message>
        <source>expected one review number or UUID</source>
        <translation>odotettiin yhtä arvioinnin numeroa tai UUID-tunnusta</translation>
    </message>
    <message>
        <source>--rater NAME|UUID is required</source>
        <translation>--rater NAME|UUID on pakollinen</translation>
    </message>
    <message>
        <source>--out FILE is required</source>
        <translation>--out FILE on pakollinen</translation>
    </message>
    <message>
        <source>laatu-cli export-mine: %1</source>
        <translation>laatu-cli export-mine: %1</translation>
    </message>
    <message>
        <source>Wrote the ratings of %1 in review %2 to %3.</source>
        <translation>Arvioijan %1 pistemäärät arvioinnissa %2 kirjoitettu tiedostoon %3.</translation>
    </message>
    <message>
        <source>Of the evidence workbook it holds the coach rows this reviewer filled and the shared ones; the record sample stays on this computer unless --with-records is given.</source>
        <translation>Aineistotaulukosta tiedostoon tulevat tämän arvioijan täyttämät ja yhteiset työhönvalmentajarivit; asiakaskirjausotos jää tälle tietokoneelle, ellei valitsinta --with-records anneta.</translation>
    </message>
    <message>
        <source>Also write the record sample&apos;s rows this reviewer filled (pseudonymous codes and their data points), for the lead to merge.</source>
        <translation>Kirjoittaa tiedostoon myös tämän arvioijan täyttämät asiakaskirjausotoksen rivit (pseudonyymit koodit ja niiden tiedot) pääarvioijan yhdistettäviksi.</translation>
    </message>
    <message numerus="yes">
        <source>It holds %n coach row(s) of the workbook.</source>
        <translation>
            <numerusform>Tiedostossa on %n aineistotaulukon työhönvalmentajarivi.</numerusform>
            <numerusform>Tiedostossa on %n aineistotaulukon työhönvalmentajariviä.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It holds %n record row(s) of the record sample.</source>
        <translation>
            <numerusform>Tiedostossa on %n asiakaskirjausotoksen rivi.</numerusform>
            <numerusform>Tiedostossa on %n asiakaskirjausotoksen riviä.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The record sample (%n row(s)) stayed on this computer; --with-records writes it too.</source>
        <translation>
            <numerusform>Asiakaskirjausotos (%n rivi) jäi tälle tietokoneelle; valitsimella --with-records se kirjoitetaan myös.</numerusform>
            <numerusform>Asiakaskirjausotos (%n riviä) jäi tälle tietokoneelle; valitsimella --with-records se kirjoitetaan myös.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportMineDialog</name>
    <message>
        <source>Export My Ratings</source>
        <translation>Vie omat arviot</translation>
    </message>
    <message>
        <source>The file holds one reviewer&apos;s own ratings, the review&apos;s notes and figures, and the workbook&apos;s coach rows that reviewer filled, for the lead reviewer to merge.</source>
        <translation>Tiedostossa ovat yhden arvioijan omat pistemäärät, arvioinnin muistiinpanot ja lukuarvot sekä arvioijan täyttämät aineistotaulukon työhönvalmentajarivit. Pääarvioija yhdistää ne omaan arviointiinsa.</translation>
    </message>
    <message>
        <source>&amp;Whose ratings:</source>
        <translation>&amp;Kenen pistemäärät:</translation>
    </message>
    <message>
        <source>Whose ratings</source>
        <translation>Kenen pistemäärät</translation>
    </message>
    <message>
        <source>Include my record sample</source>
        <translation>Liitä mukaan oma asiakaskirjausotokseni</translation>
    </message>
    <message>
        <source>The record sample is about clients: it stays on this laptop unless the lead needs its rows.</source>
        <translation>Asiakaskirjausotos sisältää asiakkaiden tietoja: se jää tälle kannettavalle, ellei pääarvioija tarvitse sen rivejä.</translation>
    </message>
</context>
<context>
    <name>FidelityTrendData</name>
    <message>
        <source>incomplete</source>
        <translation>kesken</translation>
    </message>
    <message>
        <source>%1: incomplete review, no total</source>
        <translation>%1: keskeneräinen arviointi, ei pisteitä yhteensä</translation>
    </message>
    <message>
        <source>%1: total %2, %3</source>
        <translation>%1: pisteet yhteensä %2, %3</translation>
    </message>
    <message>
        <source>%1 (%2–%3)</source>
        <translation>%1 (%2–%3)</translation>
    </message>
    <message>
        <source>No reviews to show.</source>
        <translation>Ei näytettäviä arviointeja.</translation>
    </message>
    <message>
        <source>%1–%2: %3 in work</source>
        <translation>%1–%2: työssä %3</translation>
    </message>
    <message>
        <source>Employment rate: %1</source>
        <translation>Työllistymisaste: %1</translation>
    </message>
</context>
<context>
    <name>FidelityTrendPainter</name>
    <message>
        <source>Fidelity over time</source>
        <translation>Menetelmällinen tarkkuus ajan mittaan</translation>
    </message>
    <message>
        <source>Next review due</source>
        <translation>Seuraavan arvioinnin ajankohta</translation>
    </message>
    <message>
        <source>No reviews to show.</source>
        <translation>Ei näytettäviä arviointeja.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Pisteet yhteensä</translation>
    </message>
    <message>
        <source>Employment rate (right axis)</source>
        <translation>Työllistymisaste (oikea akseli)</translation>
    </message>
    <message>
        <source>Sections: their mean rating on the total&apos;s scale (mean × %1).</source>
        <translation>Osiot: niiden keskiarvo pisteet yhteensä -asteikolla (keskiarvo × %1).</translation>
    </message>
</context>
<context>
    <name>HandOut</name>
    <message>
        <source>The review %1 is final, so there is nothing left to rate; reopen it first if the co-reviewer is to rate it.</source>
        <translation>Arviointi %1 on lopullinen, joten pisteytettävää ei ole jäljellä; avaa arviointi ensin uudelleen, jos toisen arvioijan on määrä pisteyttää se.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be the lower-case UUID of one of the file&apos;s reviewers</source>
        <translation>&quot;%1&quot; on oltava jonkin tiedoston arvioijan UUID pienin kirjaimin</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2, which is none of the file&apos;s reviewers</source>
        <translation>&quot;%1&quot; on %2, joka ei ole kukaan tiedoston arvioijista</translation>
    </message>
    <message>
        <source>a file cannot be both a hand-out and one reviewer&apos;s ratings</source>
        <translation>tiedosto ei voi olla sekä toiselle arvioijalle tarkoitettu tiedosto että yhden arvioijan pistemäärät</translation>
    </message>
    <message>
        <source>a hand-out file holds no ratings, notes, findings or actions, so that the co-reviewer rates independently</source>
        <translation>toiselle arvioijalle tarkoitetussa tiedostossa ei ole pistemääriä, muistiinpanoja, havaintoja eikä toimenpiteitä, jotta toinen arvioija pisteyttää itsenäisesti</translation>
    </message>
    <message>
        <source>a hand-out file is a draft review</source>
        <translation>toiselle arvioijalle tarkoitettu tiedosto on arviointiluonnos</translation>
    </message>
</context>
<context>
    <name>HandOutCommand</name>
    <message>
        <source>Write a review&apos;s frame for a co-reviewer to rate independently.</source>
        <translation>Kirjoittaa arvioinnin pohjan toiselle arvioijalle itsenäistä pisteyttämistä varten.</translation>
    </message>
    <message>
        <source>Writes a review file for the co-reviewer&apos;s laptop: the site, the visit, the catalog and the reviewers, but no reviewer&apos;s ratings, no consensus, and no notes, findings or actions, so that the co-reviewer rates independently. They bring it in with &apos;import&apos;, rate, and send their ratings back with &apos;export-mine&apos; for &apos;merge&apos;.</source>
        <translation>Kirjoittaa arviointitiedoston toisen arvioijan kannettavalle tietokoneelle: toimipiste, käynti, kriteeristö ja arvioijat, mutta ei kenenkään arvioijan pistemääriä, ei konsensusta eikä muistiinpanoja, havaintoja tai toimenpiteitä, jotta toinen arvioija pisteyttää itsenäisesti. Hän tuo tiedoston komennolla &apos;import&apos;, pisteyttää ja lähettää pistemääränsä takaisin komennolla &apos;export-mine&apos; yhdistettäviksi komennolla &apos;merge&apos;.</translation>
    </message>
    <message>
        <source>Review number or UUID.</source>
        <translation>Arvioinnin numero tai UUID.</translation>
    </message>
    <message>
        <source>The co-reviewer the file is for, by name or UUID.</source>
        <translation>Toinen arvioija, jolle tiedosto on tarkoitettu, nimen tai UUID-tunnuksen perusteella.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Kirjoitettava tiedosto.</translation>
    </message>
    <message>
        <source>Include the figures and checklists gathered so far (shared evidence, no ratings).</source>
        <translation>Sisällyttää tähän mennessä kerätyt lukuarvot ja tarkistuslistat (yhteistä näyttöä, ei pistemääriä).</translation>
    </message>
    <message>
        <source>expected one review number or UUID</source>
        <translation>odotettiin yhtä arvioinnin numeroa tai UUID-tunnusta</translation>
    </message>
    <message>
        <source>--rater NAME|UUID is required</source>
        <translation>--rater NAME|UUID on pakollinen</translation>
    </message>
    <message>
        <source>--out FILE is required</source>
        <translation>--out FILE on pakollinen</translation>
    </message>
    <message>
        <source>laatu-cli hand-out: %1</source>
        <translation>laatu-cli hand-out: %1</translation>
    </message>
    <message>
        <source>Wrote review %1 for %2 to %3: the frame only, no ratings, notes or findings.</source>
        <translation>Arviointi %1 kirjoitettu arvioijalle %2 tiedostoon %3: vain pohja, ei pistemääriä, muistiinpanoja eikä havaintoja.</translation>
    </message>
</context>
<context>
    <name>HandOutDialog</name>
    <message>
        <source>Send to Co-reviewer</source>
        <translation>Lähetä toiselle arvioijalle</translation>
    </message>
    <message>
        <source>The file holds the review&apos;s site, visit, catalog and reviewers, but nobody&apos;s ratings, notes or findings, so that the co-reviewer rates independently. They open it with File → Open Review File… and send their ratings back with Export My Ratings.</source>
        <translation>Tiedostossa on arvioinnin toimipiste, käynti, kriteeristö ja arvioijat, mutta ei kenenkään pistemääriä, muistiinpanoja eikä havaintoja, jotta toinen arvioija pisteyttää itsenäisesti. Hän avaa tiedoston valinnalla Tiedosto → Avaa arviointitiedosto… ja lähettää pistemääränsä takaisin valinnalla Vie omat arviot.</translation>
    </message>
    <message>
        <source>&amp;Co-reviewer:</source>
        <translation>&amp;Toinen arvioija:</translation>
    </message>
    <message>
        <source>Co-reviewer</source>
        <translation>Toinen arvioija</translation>
    </message>
    <message>
        <source>&amp;Include the figures and checklists gathered so far</source>
        <translation>&amp;Sisällytä tähän mennessä kerätyt lukuarvot ja tarkistuslistat</translation>
    </message>
    <message>
        <source>Include the figures and checklists gathered so far</source>
        <translation>Sisällytä tähän mennessä kerätyt lukuarvot ja tarkistuslistat</translation>
    </message>
</context>
<context>
    <name>HistoryCommand</name>
    <message>
        <source>Show a site&apos;s reviews over time, changes, outcomes and the next review due.</source>
        <translation>Näyttää toimipisteen arvioinnit ajan mittaan, muutokset, työllistymistulokset ja seuraavan arvioinnin ajankohdan.</translation>
    </message>
    <message>
        <source>Shows one site&apos;s reviews in visit order with total, mean, level and section subtotals, the criteria that changed at the last review, the actions done, the outcomes and when the next review is due.</source>
        <translation>Näyttää yhden toimipisteen arvioinnit käyntijärjestyksessä (pisteet yhteensä, keskiarvo, taso ja osioiden välisummat), viimeisimmässä arvioinnissa muuttuneet kriteerit, tehdyt toimenpiteet, työllistymistulokset ja seuraavan arvioinnin ajankohdan.</translation>
    </message>
    <message>
        <source>Site name or UUID.</source>
        <translation>Toimipisteen nimi tai UUID.</translation>
    </message>
    <message>
        <source>Print as JSON.</source>
        <translation>Tulostaa JSON-muodossa.</translation>
    </message>
    <message>
        <source>expected one site name or UUID</source>
        <translation>odotettiin yhtä toimipisteen nimeä tai UUID-tunnusta</translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <translation>%1 (%2), %3</translation>
    </message>
    <message>
        <source>Actions of %1 done by %2: %3 of %4</source>
        <translation>Arvioinnin %1 toimenpiteistä tehty %2 mennessä: %3/%4</translation>
    </message>
    <message>
        <source>Changed at the last review: %1</source>
        <translation>Muuttuneet viimeisimmässä arvioinnissa: %1</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>ei mitään</translation>
    </message>
    <message>
        <source>Outcomes %1 to %2: %3 coached, %4 in competitive work (%5 %)</source>
        <translation>Työllistymistulokset %1–%2: valmennettavia %3, avoimille työmarkkinoille työllistyneitä %4 (%5&#xa0;%)</translation>
    </message>
    <message numerus="yes">
        <source>Next review due: %1 (%n month(s) after the last)</source>
        <translation>
            <numerusform>Seuraava arviointi: %1 (%n kuukauden kuluttua edellisestä)</numerusform>
            <numerusform>Seuraava arviointi: %1 (%n kuukauden kuluttua edellisestä)</numerusform>
        </translation>
    </message>
    <message>
        <source>No reviews yet.</source>
        <translation>Ei vielä arviointeja.</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Import review files; a file already imported changes nothing.</source>
        <translation>Tuo arviointitiedostoja; jo tuotu tiedosto ei muuta mitään.</translation>
    </message>
    <message>
        <source>Review files.</source>
        <translation>Arviointitiedostot.</translation>
    </message>
    <message>
        <source>expected at least one review file</source>
        <translation>odotettiin vähintään yhtä arviointitiedostoa</translation>
    </message>
    <message>
        <source>added</source>
        <translation>lisätty</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>korvattu</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>ennallaan</translation>
    </message>
    <message numerus="yes">
        <source>laatu-cli import: nothing was imported; the files have %n problem(s):</source>
        <translation>
            <numerusform>laatu-cli import: mitään ei tuotu; tiedostoissa on %n ongelma:</numerusform>
            <numerusform>laatu-cli import: mitään ei tuotu; tiedostoissa on %n ongelmaa:</numerusform>
        </translation>
    </message>
    <message>
        <source>Reads and checks every file first; if any is broken, nothing is written. Then each review is saved in one transaction. A review is matched by its UUID. A file from &apos;export-mine&apos; holds one reviewer&apos;s own ratings only and is refused: bring it in with &apos;merge&apos;.</source>
        <translation>Lukee ja tarkistaa ensin kaikki tiedostot; jos jokin niistä on virheellinen, mitään ei kirjoiteta. Sen jälkeen kukin arviointi tallennetaan yhtenä transaktiona. Arvioinnit tunnistetaan UUID-tunnuksen perusteella. Komennolla &apos;export-mine&apos; kirjoitetussa tiedostossa on vain yhden arvioijan omat pistemäärät, joten sitä ei tuoda: tuo se komennolla &apos;merge&apos;.</translation>
    </message>
    <message>
        <source>Agree to the listed changes to sites already in the database (a site&apos;s new name, county or other details; a draft review moving to another site). Without it such a file is refused. A site with a final review is never changed by a file.</source>
        <translation>Hyväksyy luetellut muutokset toimipisteisiin, jotka ovat jo tietokannassa (toimipisteen uusi nimi, hyvinvointialue tai muut tiedot; arviointiluonnoksen siirtyminen toiseen toimipisteeseen). Ilman tätä tällainen tiedosto hylätään. Tiedosto ei koskaan muuta toimipistettä, jolla on lopullinen arviointi.</translation>
    </message>
    <message>
        <source>site change: %1</source>
        <translation>toimipisteen muutos: %1</translation>
    </message>
    <message numerus="yes">
        <source>To make the %n site change(s) listed, run the import again with --accept-site-changes.</source>
        <translation>
            <numerusform>Jos haluat tehdä %n luetellun toimipistemuutoksen, suorita tuonti uudelleen valitsimella --accept-site-changes.</numerusform>
            <numerusform>Jos haluat tehdä %n lueteltua toimipistemuutosta, suorita tuonti uudelleen valitsimella --accept-site-changes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InputFile</name>
    <message>
        <source>does not exist (no file name was given)</source>
        <translation>ei ole olemassa (tiedostonimeä ei annettu)</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>ei ole olemassa</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>ei ole luettavissa: %1</translation>
    </message>
    <message>
        <source>is a directory</source>
        <translation>on kansio</translation>
    </message>
    <message>
        <source>is not a regular file (a FIFO, a device or a socket)</source>
        <translation>ei ole tavallinen tiedosto (vaan FIFO, laite tai pistoke)</translation>
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
        <translation>&quot;%1&quot; puuttuu</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a non-empty text</source>
        <translation>&quot;%1&quot; on oltava ei-tyhjä teksti</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number</source>
        <translation>&quot;%1&quot; on oltava kokonaisluku</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>on oltava luku</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>must be an object with a text per language</source>
        <translation>on oltava objekti, jossa on teksti kullekin kielelle</translation>
    </message>
    <message>
        <source>the %1 text must be a string</source>
        <translation>kielen %1 tekstin on oltava merkkijono</translation>
    </message>
    <message>
        <source>text missing in language &quot;%1&quot;</source>
        <translation>teksti puuttuu kieleltä &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list</source>
        <translation>&quot;%1&quot; on oltava luettelo</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>on oltava objekti</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>&quot;%1&quot; on oltava true tai false</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large (%2; at most 1000000000)</source>
        <translation>&quot;%1&quot; on liian suuri (%2; enintään 1000000000)</translation>
    </message>
    <message>
        <source>a language key %1</source>
        <extracomment>%1 is what the key holds, from TextRules (&quot;holds the control character U+001B at character 2&quot;)</extracomment>
        <translation>kielitunnus %1</translation>
    </message>
    <message>
        <source>the %1 text %2</source>
        <extracomment>%1 is a language code (fi, sv, en), %2 what the text holds, from TextRules (&quot;holds the control character U+001B at character 4&quot;)</extracomment>
        <translation>kielen %1 teksti %2</translation>
    </message>
</context>
<context>
    <name>JsonDuplicateKeys</name>
    <message>
        <source>the key &quot;%1&quot; appears more than once at the top level (JSON keeps only the last one)</source>
        <translation>avain &quot;%1&quot; esiintyy ylimmällä tasolla useammin kuin kerran (JSON säilyttää vain viimeisen)</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; appears more than once in %2 (JSON keeps only the last one)</source>
        <translation>avain &quot;%1&quot; esiintyy kohteessa %2 useammin kuin kerran (JSON säilyttää vain viimeisen)</translation>
    </message>
</context>
<context>
    <name>ListCommand</name>
    <message>
        <source>List the reviews: site, county, date, kind, status, total, level.</source>
        <translation>Luettelee arvioinnit: toimipiste, hyvinvointialue, päivämäärä, laji, tila, pisteet yhteensä, taso.</translation>
    </message>
    <message>
        <source>Lists every review in the database, by county and site.</source>
        <translation>Luettelee tietokannan kaikki arvioinnit hyvinvointialueittain ja toimipisteittäin.</translation>
    </message>
    <message>
        <source>Print the list as JSON.</source>
        <translation>Tulostaa luettelon JSON-muodossa.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>odottamaton argumentti &quot;%1&quot;</translation>
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
        <translation>Kriteeristö</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Kriteerit</translation>
    </message>
    <message>
        <source>Criterion details</source>
        <translation>Kriteerin tiedot</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tiedosto</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Asetukset</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Kieli</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ohje</translation>
    </message>
    <message>
        <source>Use the &amp;Built-in Catalog</source>
        <translation>Käytä &amp;sisäänrakennettua kriteeristöä</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Lopeta</translation>
    </message>
    <message>
        <source>&amp;About Laatu</source>
        <translation>&amp;Tietoja Laatu-sovelluksesta</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Muokkaa</translation>
    </message>
    <message>
        <source>S&amp;ite</source>
        <translation>To&amp;imipiste</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>A&amp;rviointi</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>A&amp;nalyysi</translation>
    </message>
    <message>
        <source>&amp;New Review…</source>
        <translation>&amp;Uusi arviointi…</translation>
    </message>
    <message>
        <source>&amp;Open Review</source>
        <translation>Avaa a&amp;rviointi</translation>
    </message>
    <message>
        <source>&amp;Follow-up Review…</source>
        <translation>S&amp;euranta-arviointi…</translation>
    </message>
    <message>
        <source>A new review of the same site with the same reviewers; the previous review&apos;s open actions and recommendations are carried over to check.</source>
        <translation>Uusi arviointi samasta toimipisteestä samoin arvioijin; edellisen arvioinnin avoimet toimenpiteet ja suositukset siirretään tarkistettaviksi.</translation>
    </message>
    <message>
        <source>&amp;Delete Review…</source>
        <translation>&amp;Poista arviointi…</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>&amp;Vie raportti…</translation>
    </message>
    <message>
        <source>&amp;Print Report…</source>
        <translation>&amp;Tulosta raportti…</translation>
    </message>
    <message>
        <source>One reviewer&apos;s own ratings and notes as a file, for the lead reviewer to merge on their laptop.</source>
        <translation>Yhden arvioijan omat pistemäärät ja muistiinpanot tiedostona, jonka pääarvioija yhdistää omalla kannettavallaan.</translation>
    </message>
    <message>
        <source>&amp;Merge Reviewer&apos;s Ratings…</source>
        <translation>&amp;Yhdistä arvioijan arviot…</translation>
    </message>
    <message>
        <source>Brings a reviewer&apos;s exported ratings into the same review; nothing already stored is overwritten.</source>
        <translation>Tuo arvioijan viemät pistemäärät samaan arviointiin; mitään jo tallennettua ei korvata.</translation>
    </message>
    <message>
        <source>Site &amp;History</source>
        <translation>&amp;Toimipisteen historia</translation>
    </message>
    <message>
        <source>&amp;County Comparison</source>
        <translation>&amp;Hyvinvointialueen vertailu</translation>
    </message>
    <message>
        <source>&amp;New Site…</source>
        <translation>&amp;Uusi toimipiste…</translation>
    </message>
    <message>
        <source>&amp;Rename or Edit Site…</source>
        <translation>&amp;Nimeä tai muokkaa toimipistettä…</translation>
    </message>
    <message>
        <source>&amp;Archive Site</source>
        <translation>&amp;Arkistoi toimipiste</translation>
    </message>
    <message>
        <source>&amp;Criteria</source>
        <translation>&amp;Kriteerit</translation>
    </message>
    <message>
        <source>C&amp;onsensus</source>
        <translation>K&amp;onsensus</translation>
    </message>
    <message>
        <source>&amp;Finalise…</source>
        <translation>&amp;Viimeistele…</translation>
    </message>
    <message>
        <source>&amp;Reopen…</source>
        <translation>&amp;Avaa uudelleen…</translation>
    </message>
    <message>
        <source>C&amp;lose Review</source>
        <translation>&amp;Sulje arviointi</translation>
    </message>
    <message>
        <source>Send to Co-re&amp;viewer…</source>
        <translation>Lähetä toiselle &amp;arvioijalle…</translation>
    </message>
    <message>
        <source>The review&apos;s frame as a file for the co-reviewer&apos;s laptop, without anyone&apos;s ratings, notes or findings, so that they rate independently.</source>
        <translation>Arvioinnin pohja tiedostona toisen arvioijan kannettavalle tietokoneelle ilman kenenkään pistemääriä, muistiinpanoja tai havaintoja, jotta hän pisteyttää itsenäisesti.</translation>
    </message>
    <message>
        <source>Open Review F&amp;ile…</source>
        <translation>Avaa arv&amp;iointitiedosto…</translation>
    </message>
    <message>
        <source>Brings in a review file: a review handed out by the lead reviewer, a whole review, or a reviewer&apos;s ratings to merge.</source>
        <translation>Tuo arviointitiedoston: pääarvioijalta saadun arvioinnin pohjan, kokonaisen arvioinnin tai yhdistettävät arvioijan pistemäärät.</translation>
    </message>
    <message>
        <source>Export My &amp;Ratings…</source>
        <translation>Vie &amp;omat arviot…</translation>
    </message>
    <message>
        <source>Open &amp;Catalog File…</source>
        <translation>Avaa &amp;kriteeristötiedosto…</translation>
    </message>
    <message>
        <source>F&amp;indings and Actions</source>
        <translation>&amp;Havainnot ja toimenpiteet</translation>
    </message>
    <message>
        <source>Re&amp;veal the Sheets…</source>
        <translation>&amp;Paljasta pistemäärät…</translation>
    </message>
    <message>
        <source>Ends independent rating: every reviewer&apos;s ratings are shown side by side for the consensus.</source>
        <translation>Päättää itsenäisen pisteyttämisen: kaikkien arvioijien pistemäärät näytetään rinnakkain konsensusta varten.</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Pikanäppäimet</translation>
    </message>
    <message>
        <source>Who finalised or reopened the review and why, when the sheets were revealed, and what changed since.</source>
        <translation>Kuka viimeisteli arvioinnin tai avasi sen uudelleen ja miksi, milloin pistemäärät paljastettiin ja mitä on muutettu sen jälkeen.</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Käyttöopas</translation>
    </message>
    <message>
        <source>The review day step by step, two laptops, consensus, report and follow-up.</source>
        <translation>Arviointipäivä vaihe vaiheelta, kaksi kannettavaa tietokonetta, konsensus, raportti ja seuranta.</translation>
    </message>
    <message>
        <source>Review Lo&amp;g…</source>
        <translation>Arvioinnin &amp;loki…</translation>
    </message>
    <message>
        <source>Programme &amp;Server…</source>
        <translation>&amp;Ohjelman palvelin…</translation>
    </message>
    <message>
        <source>The programme&apos;s shared server, to which final reviews are published. Without one, Laatu connects nowhere.</source>
        <translation>Ohjelman yhteinen palvelin, jolle lopulliset arvioinnit julkaistaan. Ilman sitä Laatu ei ota yhteyttä mihinkään.</translation>
    </message>
    <message>
        <source>P&amp;ublish Review</source>
        <translation>&amp;Julkaise arviointi</translation>
    </message>
    <message>
        <source>Sends the final review to the programme server as it is now; drafts stay on this laptop.</source>
        <translation>Lähettää lopullisen arvioinnin ohjelman palvelimelle sellaisena kuin se nyt on; luonnokset pysyvät tällä kannettavalla.</translation>
    </message>
    <message>
        <source>Publish &amp;All Final Reviews</source>
        <translation>Julkaise kaikki lopulliset arvioi&amp;nnit</translation>
    </message>
    <message>
        <source>Sends every final review not yet on the programme server, and finishes any publish left unfinished.</source>
        <translation>Lähettää kaikki lopulliset arvioinnit, joita ohjelman palvelimella ei vielä ole, ja vie kesken jääneet julkaisut loppuun.</translation>
    </message>
    <message>
        <source>Pu&amp;ll Programme Reviews</source>
        <translation>Nou&amp;da ohjelman arvioinnit</translation>
    </message>
    <message>
        <source>Brings the reviews published to the programme since the last pull into this laptop&apos;s read-only programme copy.</source>
        <translation>Tuo edellisen noudon jälkeen ohjelmaan julkaistut arvioinnit tämän kannettavan vain luettavaan ohjelmakopioon.</translation>
    </message>
</context>
<context>
    <name>MergeCommand</name>
    <message>
        <source>Merge reviewers&apos; own ratings files into their reviews.</source>
        <translation>Yhdistää arvioijien omat pistemäärätiedostot niiden arviointeihin.</translation>
    </message>
    <message>
        <source>Merges files written by &apos;export-mine&apos; (or any review file of a review already in the database) as their reviewers: new reviewers, their ratings and new evidence are added; a value that differs on both sides is a conflict, listed, and the database&apos;s value is kept unless --take-incoming is given. Every file is checked before anything is written. Exit code %1 when conflicts were found.</source>
        <translation>Yhdistää komennolla &apos;export-mine&apos; kirjoitetut tiedostot (tai minkä tahansa tietokannassa jo olevan arvioinnin arviointitiedoston) niiden arvioijien tietoina: uudet arvioijat, heidän pistemääränsä ja uusi näyttö lisätään; arvo, joka poikkeaa molemmilla puolilla, on ristiriita, joka luetellaan, ja tietokannan arvo säilytetään, ellei valitsinta --take-incoming anneta. Jokainen tiedosto tarkistetaan ennen kuin mitään kirjoitetaan. Paluukoodi on %1, jos ristiriitoja löytyi.</translation>
    </message>
    <message>
        <source>Review files.</source>
        <translation>Arviointitiedostot.</translation>
    </message>
    <message>
        <source>Resolve conflicts with the file&apos;s values.</source>
        <translation>Ratkaisee ristiriidat tiedoston arvoilla.</translation>
    </message>
    <message>
        <source>expected at least one review file</source>
        <translation>odotettiin vähintään yhtä arviointitiedostoa</translation>
    </message>
    <message numerus="yes">
        <source>laatu-cli merge: nothing was merged; the files have %n problem(s):</source>
        <translation>
            <numerusform>laatu-cli merge: mitään ei yhdistetty; tiedostoissa on %n ongelma:</numerusform>
            <numerusform>laatu-cli merge: mitään ei yhdistetty; tiedostoissa on %n ongelmaa:</numerusform>
        </translation>
    </message>
    <message>
        <source>merged</source>
        <translation>yhdistetty</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>ennallaan</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 %3: %n reviewer(s) added</source>
        <translation>
            <numerusform>%1 %2 %3: lisätty %n arvioija</numerusform>
            <numerusform>%1 %2 %3: lisätty %n arvioijaa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n rating(s) added</source>
        <translation>
            <numerusform>, lisätty %n pistemäärä</numerusform>
            <numerusform>, lisätty %n pistemäärää</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n evidence entry(ies) added</source>
        <translation>
            <numerusform>, lisätty %n näyttömerkintä</numerusform>
            <numerusform>, lisätty %n näyttömerkintää</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n unchanged</source>
        <translation>
            <numerusform>, %n ennallaan</numerusform>
            <numerusform>, %n ennallaan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n conflict(s)</source>
        <translation>
            <numerusform>, %n ristiriita</numerusform>
            <numerusform>, %n ristiriitaa</numerusform>
        </translation>
    </message>
    <message>
        <source>took the file&apos;s value: </source>
        <translation>käytettiin tiedoston arvoa: </translation>
    </message>
    <message>
        <source>kept: </source>
        <translation>säilytettiin: </translation>
    </message>
    <message>
        <source>laatu-cli merge: conflicts were found; the values in the database were kept. Run again with --take-incoming to use the file&apos;s values.</source>
        <translation>laatu-cli merge: ristiriitoja löytyi; tietokannan arvot säilytettiin. Aja komento uudelleen valitsimella --take-incoming, jos haluat käyttää tiedoston arvoja.</translation>
    </message>
    <message>
        <source>The evidence workbook&apos;s coach and record rows are merged row by row: a new row is added, a differing code or value is a conflict like any other, and no row is dropped.</source>
        <translation>Aineistotaulukon työhönvalmentaja- ja asiakaskirjausrivit yhdistetään rivi kerrallaan: uusi rivi lisätään, poikkeava koodi tai arvo on ristiriita siinä missä muutkin, eikä yhtään riviä poisteta.</translation>
    </message>
    <message>
        <source>Check the files and show what would be added and which conflicts there are; write nothing.</source>
        <translation>Tarkistaa tiedostot ja näyttää, mitä lisättäisiin ja mitä ristiriitoja on; mitään ei kirjoiteta.</translation>
    </message>
    <message>
        <source>would merge</source>
        <translation>yhdistettäisiin</translation>
    </message>
    <message numerus="yes">
        <source>, %n coach row(s) added</source>
        <translation>
            <numerusform>, %n työhönvalmentajarivi lisätty</numerusform>
            <numerusform>, %n työhönvalmentajariviä lisätty</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n record row(s) added</source>
        <translation>
            <numerusform>, %n asiakaskirjausrivi lisätty</numerusform>
            <numerusform>, %n asiakaskirjausriviä lisätty</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n workbook value(s) filled in</source>
        <translation>
            <numerusform>, %n aineistotaulukon arvo täydennetty</numerusform>
            <numerusform>, %n aineistotaulukon arvoa täydennetty</numerusform>
        </translation>
    </message>
    <message>
        <source>would take the file&apos;s value: </source>
        <translation>käytettäisiin tiedoston arvoa: </translation>
    </message>
    <message>
        <source>would keep: </source>
        <translation>säilytettäisiin: </translation>
    </message>
    <message numerus="yes">
        <source>%n record row(s) of the file not added: this review&apos;s record sample was cleared, and a merge does not bring it back.</source>
        <translation>
            <numerusform>Tiedoston %n asiakaskirjausriviä ei lisätty: tämän arvioinnin asiakaskirjausotos on poistettu, eikä yhdistäminen palauta sitä.</numerusform>
            <numerusform>Tiedoston %n asiakaskirjausriviä ei lisätty: tämän arvioinnin asiakaskirjausotos on poistettu, eikä yhdistäminen palauta sitä.</numerusform>
        </translation>
    </message>
    <message>
        <source>laatu-cli merge: a dry run; nothing was written.</source>
        <translation>laatu-cli merge: koeajo; mitään ei kirjoitettu.</translation>
    </message>
</context>
<context>
    <name>MergeConflictDialog</name>
    <message>
        <source>Differences in the Reviewer&apos;s File</source>
        <translation>Erot arvioijan tiedostossa</translation>
    </message>
    <message>
        <source>This database and the file hold different values for the entries below. Choose for each which value the review keeps: Space switches the selected rows. Nothing is merged until you press OK.</source>
        <translation>Tässä tietokannassa ja tiedostossa on eri arvot alla luetelluille tiedoille. Valitse kullekin, kumpi arvo arviointiin jää: välilyönti vaihtaa valittujen rivien valinnan. Mitään ei yhdistetä, ennen kuin painat OK.</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Erot</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriteeri</translation>
    </message>
    <message>
        <source>What differs</source>
        <translation>Mikä eroaa</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Tässä tietokannassa</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>Tiedostossa</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Valinta</translation>
    </message>
    <message>
        <source>&amp;Keep All Here</source>
        <translation>&amp;Säilytä kaikki nykyiset</translation>
    </message>
    <message>
        <source>&amp;Take All from File</source>
        <translation>&amp;Ota kaikki tiedostosta</translation>
    </message>
</context>
<context>
    <name>MergeConflictText</name>
    <message>
        <source>Rating by %1</source>
        <translation>Arvioijan %1 pistemäärä</translation>
    </message>
    <message>
        <source>The review&apos;s figure: %1</source>
        <translation>Arvioinnin lukuarvo: %1</translation>
    </message>
    <message>
        <source>The review&apos;s checklist: %1</source>
        <translation>Arvioinnin tarkistuslista: %1</translation>
    </message>
    <message>
        <source>present</source>
        <translation>toteutuu</translation>
    </message>
    <message>
        <source>not present</source>
        <translation>ei toteudu</translation>
    </message>
    <message>
        <source>The review&apos;s note: %1</source>
        <translation>Arvioinnin muistiinpano: %1</translation>
    </message>
    <message>
        <source>Name of a reviewer</source>
        <translation>Arvioijan nimi</translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <translation>”%1”</translation>
    </message>
    <message>
        <source>%1: %2 here, %3 in the file</source>
        <translation>%1: tässä %2, tiedostossa %3</translation>
    </message>
    <message>
        <source>%1 – %2: %3 here, %4 in the file</source>
        <translation>%1 – %2: tässä %3, tiedostossa %4</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>kyllä</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ei</translation>
    </message>
    <message>
        <source>Code of a coach row</source>
        <translation>Työhönvalmentajarivin koodi</translation>
    </message>
    <message>
        <source>Code of a record row</source>
        <translation>Asiakaskirjausrivin koodi</translation>
    </message>
    <message>
        <source>Coach %1, %2</source>
        <translation>Työhönvalmentaja %1, %2</translation>
    </message>
    <message>
        <source>Record %1, %2</source>
        <translation>Asiakaskirjaus %1, %2</translation>
    </message>
</context>
<context>
    <name>NewReviewWizard</name>
    <message>
        <source>New Review</source>
        <translation>Uusi arviointi</translation>
    </message>
    <message>
        <source>Site and visit</source>
        <translation>Toimipiste ja käynti</translation>
    </message>
    <message>
        <source>Which service is reviewed, how, and when the visit is.</source>
        <translation>Mitä palvelua arvioidaan, miten ja milloin käynti on.</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Toimipiste:</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Toimipiste</translation>
    </message>
    <message>
        <source>&amp;New Site…</source>
        <translation>&amp;Uusi toimipiste…</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Laji:</translation>
    </message>
    <message>
        <source>Kind of review</source>
        <translation>Arvioinnin laji</translation>
    </message>
    <message>
        <source>First day of the visit</source>
        <translation>Käynnin ensimmäinen päivä</translation>
    </message>
    <message>
        <source>Visit &amp;ends:</source>
        <translation>Käynti &amp;päättyy:</translation>
    </message>
    <message>
        <source>Last day of the visit</source>
        <translation>Käynnin viimeinen päivä</translation>
    </message>
    <message>
        <source>Reviewers and catalog</source>
        <translation>Arvioijat ja kriteeristö</translation>
    </message>
    <message>
        <source>Each reviewer rates on their own first; the consensus comes after. One reviewer is enough for a self-assessment.</source>
        <translation>Kukin arvioija pisteyttää ensin itsenäisesti; konsensus sovitaan sen jälkeen. Itsearviointiin riittää yksi arvioija.</translation>
    </message>
    <message>
        <source>Reviewer &amp;1:</source>
        <translation>Arvioija &amp;1:</translation>
    </message>
    <message>
        <source>First reviewer</source>
        <translation>Ensimmäinen arvioija</translation>
    </message>
    <message>
        <source>Reviewer &amp;2:</source>
        <translation>Arvioija &amp;2:</translation>
    </message>
    <message>
        <source>Second reviewer</source>
        <translation>Toinen arvioija</translation>
    </message>
    <message>
        <source>Reviewer &amp;3:</source>
        <translation>Arvioija &amp;3:</translation>
    </message>
    <message>
        <source>Third reviewer (optional)</source>
        <translation>Kolmas arvioija (valinnainen)</translation>
    </message>
    <message>
        <source>Catalog:</source>
        <translation>Kriteeristö:</translation>
    </message>
    <message>
        <source>Visit s&amp;tarts:</source>
        <translation>Käynti &amp;alkaa:</translation>
    </message>
</context>
<context>
    <name>OutboxRepository</name>
    <message>
        <source>listing the final reviews to publish</source>
        <translation>julkaistavien lopullisten arviointien luetteleminen</translation>
    </message>
    <message>
        <source>reading review %1 to publish</source>
        <translation>julkaistavan arvioinnin %1 lukeminen</translation>
    </message>
    <message>
        <source>Review %1 was pulled from the programme; only its own reviewer publishes it.</source>
        <translation>Arviointi %1 on noudettu ohjelmasta; vain sen oma arvioija julkaisee sen.</translation>
    </message>
    <message>
        <source>Review %1 is not final; only final reviews are published, drafts stay on this laptop.</source>
        <translation>Arviointi %1 ei ole lopullinen; vain lopulliset arvioinnit julkaistaan, luonnokset jäävät tälle kannettavalle.</translation>
    </message>
    <message>
        <source>reading what was published</source>
        <translation>julkaistujen tietojen lukeminen</translation>
    </message>
    <message>
        <source>noting what was published</source>
        <translation>julkaistujen tietojen kirjaaminen</translation>
    </message>
</context>
<context>
    <name>OutcomeCommand</name>
    <message>
        <source>Set a site&apos;s outcomes for a period: people coached, people in competitive work.</source>
        <translation>Tallentaa toimipisteen työllistymistulokset ajanjaksolta: valmennettavat ja avoimille työmarkkinoille työllistyneet.</translation>
    </message>
    <message>
        <source>Stores how many people the site coached in a period and how many of them were in competitive work; the same period again corrects it. &apos;history&apos; shows the employment rate beside the fidelity trend.</source>
        <translation>Tallentaa, kuinka monta henkilöä toimipisteessä valmennettiin ajanjaksolla ja kuinka moni heistä työllistyi avoimille työmarkkinoille; saman ajanjakson tallentaminen uudelleen korjaa tiedot. &apos;history&apos; näyttää työllistymisasteen menetelmällisen tarkkuuden kehityksen rinnalla.</translation>
    </message>
    <message>
        <source>Site name or UUID.</source>
        <translation>Toimipisteen nimi tai UUID.</translation>
    </message>
    <message>
        <source>First day of the period.</source>
        <translation>Ajanjakson ensimmäinen päivä.</translation>
    </message>
    <message>
        <source>Last day of the period.</source>
        <translation>Ajanjakson viimeinen päivä.</translation>
    </message>
    <message>
        <source>People coached.</source>
        <translation>Valmennettavien määrä.</translation>
    </message>
    <message>
        <source>Of them, people in competitive work.</source>
        <translation>Heistä avoimille työmarkkinoille työllistyneiden määrä.</translation>
    </message>
    <message>
        <source>expected one site name or UUID</source>
        <translation>odotettiin yhtä toimipisteen nimeä tai UUID-tunnusta</translation>
    </message>
    <message>
        <source>--from and --to need dates like 2025-01-31</source>
        <translation>--from ja --to tarvitsevat päivämäärät muodossa 2025-01-31</translation>
    </message>
    <message>
        <source>--coached and --employed need whole numbers</source>
        <translation>--coached ja --employed tarvitsevat kokonaisluvut</translation>
    </message>
    <message>
        <source>%1, %2 to %3: %4 coached, %5 in competitive work (%6 %).</source>
        <translation>%1, %2–%3: valmennettavia %4, avoimille työmarkkinoille työllistyneitä %5 (%6&#xa0;%).</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <source>Outcomes of a Period</source>
        <translation>Ajanjakson työllistymistulokset</translation>
    </message>
    <message>
        <source>People coached during the period, and how many of them were in competitive work. Entering a period again corrects its figures.</source>
        <translation>Ajanjaksolla valmennettavat ja kuinka moni heistä työllistyi avoimille työmarkkinoille. Kun saman ajanjakson tiedot annetaan uudelleen, sen luvut korjataan.</translation>
    </message>
    <message>
        <source>Period &amp;starts:</source>
        <translation>Jakso &amp;alkaa:</translation>
    </message>
    <message>
        <source>Period &amp;ends:</source>
        <translation>Jakso &amp;päättyy:</translation>
    </message>
    <message>
        <source>People &amp;coached:</source>
        <translation>&amp;Valmennettavat:</translation>
    </message>
    <message>
        <source>People in competitive &amp;work:</source>
        <translation>Avoimille työmarkkinoille &amp;työllistyneet:</translation>
    </message>
    <message>
        <source>Employment rate:</source>
        <translation>Työllistymisaste:</translation>
    </message>
</context>
<context>
    <name>OutcomeRepository</name>
    <message>
        <source>The period needs a start and an end date.</source>
        <translation>Ajanjaksolla on oltava alku- ja loppupäivämäärä.</translation>
    </message>
    <message>
        <source>The period ends (%1) before it starts (%2).</source>
        <translation>Ajanjakso päättyy (%1) ennen kuin se alkaa (%2).</translation>
    </message>
    <message>
        <source>The numbers of people cannot be negative.</source>
        <translation>Henkilömäärät eivät voi olla negatiivisia.</translation>
    </message>
    <message>
        <source>More people in competitive work (%1) than coached (%2).</source>
        <translation>Avoimille työmarkkinoille työllistyneitä (%1) on enemmän kuin valmennettavia (%2).</translation>
    </message>
    <message>
        <source>saving the outcomes of %1 to %2</source>
        <translation>työllistymistulosten tallentaminen ajanjaksolle %1–%2</translation>
    </message>
    <message>
        <source>There is no site %1.</source>
        <translation>Toimipistettä %1 ei ole.</translation>
    </message>
    <message>
        <source>removing the outcomes of %1 to %2</source>
        <translation>ajanjakson %1–%2 työllistymistulosten poistaminen</translation>
    </message>
    <message>
        <source>There are no outcomes for %1 to %2 to remove.</source>
        <translation>Ajanjaksolle %1–%2 ei ole poistettavia työllistymistuloksia.</translation>
    </message>
    <message>
        <source>reading the outcomes</source>
        <translation>työllistymistulosten lukeminen</translation>
    </message>
</context>
<context>
    <name>OwnReviewsOnly</name>
    <message>
        <source>leaving the programme&apos;s reviews out</source>
        <translation>ohjelman arviointien jättäminen pois</translation>
    </message>
</context>
<context>
    <name>PlanCommand</name>
    <message>
        <source>The file to write, ending in .pdf or .odt.</source>
        <translation>Kirjoitettava tiedosto, jonka pääte on .pdf tai .odt.</translation>
    </message>
    <message>
        <source>The language of the letter or of the built-in template: fi, sv or en (default: the user interface language).</source>
        <translation>Kirjeen tai sisäänrakennetun pohjan kieli: fi, sv tai en (oletus: käyttöliittymän kieli).</translation>
    </message>
    <message>
        <source>Start the review&apos;s visit plan from a template (the built-in one in --lang, or --template FILE).</source>
        <translation>Luo arvioinnin käyntiohjelma pohjasta (sisäänrakennetusta pohjasta valitsimen --lang kielellä tai valitsimella --template FILE annetusta).</translation>
    </message>
    <message>
        <source>An organisation&apos;s own visit plan template (JSON, format &quot;laatu-visit-plan-template&quot;).</source>
        <translation>Organisaation oma käyntiohjelman pohja (JSON, muoto &quot;laatu-visit-plan-template&quot;).</translation>
    </message>
    <message>
        <source>With --from-template: replace a plan the review already has.</source>
        <translation>Valitsimen --from-template kanssa: korvaa arvioinnin nykyinen käyntiohjelma.</translation>
    </message>
    <message>
        <source>laatu-cli plan: %1 is not a usable visit plan template:</source>
        <translation>laatu-cli plan: %1 ei kelpaa käyntiohjelman pohjaksi:</translation>
    </message>
    <message>
        <source>laatu-cli plan: review %1 already has a visit plan of %2 items; add --replace to start again from the template.</source>
        <translation>laatu-cli plan: arvioinnilla %1 on jo käyntiohjelma, jossa on %2 kohtaa; lisää valitsin --replace, jos haluat aloittaa alusta pohjan mukaan.</translation>
    </message>
    <message>
        <source>Started the visit plan of review %1 with %2 items over %3 days.</source>
        <translation>Arvioinnin %1 käyntiohjelma luotu: %2 kohtaa, %3 päivää.</translation>
    </message>
    <message>
        <source>laatu-cli plan: %1</source>
        <translation>laatu-cli plan: %1</translation>
    </message>
    <message>
        <source>Wrote the visit plan of %1 to %2 (OpenDocument text).</source>
        <translation>Arvioinnin %1 käyntiohjelma kirjoitettu tiedostoon %2 (OpenDocument-teksti).</translation>
    </message>
    <message>
        <source>Wrote the visit plan of %1 (%2 pages) to %3.</source>
        <translation>Arvioinnin %1 käyntiohjelma (sivuja %2) kirjoitettu tiedostoon %3.</translation>
    </message>
    <message>
        <source>Start a review&apos;s visit plan from a template, or write it as a letter (PDF or ODT).</source>
        <translation>Luo arvioinnin käyntiohjelma pohjasta tai kirjoita se kirjeeksi (PDF tai ODT).</translation>
    </message>
    <message>
        <source>The agenda of a review&apos;s site visit. With --out, writes it as the letter sent to the service: the service, the visit dates and the reviewers, then a table per day with time, what, with whom and where; the file name&apos;s ending chooses the format: .pdf (A4) or .odt (to edit in a word processor). With --from-template, starts the review&apos;s plan from the built-in template in --lang or from --template FILE.</source>
        <translation>Arvioinnin arviointikäynnin ohjelma. Valitsimella --out ohjelma kirjoitetaan palvelulle lähetettäväksi kirjeeksi: palvelu, käyntipäivät ja arvioijat sekä kunkin päivän taulukko, jossa ovat aika, sisältö, osallistujat ja paikka. Tiedostonimen pääte määrää muodon: .pdf (A4) tai .odt (muokattavaksi tekstinkäsittelyohjelmassa). Valitsimella --from-template arvioinnin käyntiohjelma luodaan sisäänrakennetusta pohjasta valitsimen --lang kielellä tai valitsimella --template FILE annetusta pohjasta.</translation>
    </message>
    <message>
        <source>Review number or UUID.</source>
        <translation>Arvioinnin numero tai UUID.</translation>
    </message>
    <message>
        <source>expected one review number or UUID</source>
        <translation>odotettiin yhtä arvioinnin numeroa tai UUID-tunnusta</translation>
    </message>
    <message>
        <source>give either --out FILE or --from-template</source>
        <translation>anna joko --out FILE tai --from-template</translation>
    </message>
    <message>
        <source>--template and --replace go with --from-template</source>
        <translation>--template ja --replace edellyttävät valitsinta --from-template</translation>
    </message>
    <message>
        <source>--out must name a file ending in .pdf or .odt, not &quot;%1&quot;</source>
        <translation>--out-tiedostonimen on päätyttävä .pdf tai .odt, ei &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--lang must be fi, sv or en, not &quot;%1&quot;</source>
        <translation>--lang on oltava fi, sv tai en, ei &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>PrivateFiles</name>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 ei ole kansio</translation>
    </message>
    <message>
        <source>the folder %1 cannot be created</source>
        <translation>kansiota %1 ei voi luoda</translation>
    </message>
</context>
<context>
    <name>ProgrammeCopyRepository</name>
    <message>
        <source>reading the state of the programme copy</source>
        <translation>ohjelman kopion tilan lukeminen</translation>
    </message>
    <message>
        <source>reading the programme copy</source>
        <translation>ohjelman kopion lukeminen</translation>
    </message>
    <message numerus="yes">
        <source>storing %n review(s) pulled from the programme</source>
        <translation>
            <numerusform>%n ohjelmasta noudetun arvioinnin tallentaminen</numerusform>
            <numerusform>%n ohjelmasta noudetun arvioinnin tallentaminen</numerusform>
        </translation>
    </message>
    <message>
        <source>noting the time of the pull</source>
        <translation>noudon ajankohdan kirjaaminen</translation>
    </message>
    <message>
        <source>removing the programme copy</source>
        <translation>ohjelman kopion poistaminen</translation>
    </message>
    <message>
        <source>A pulled review was rated against catalog %1 version %2, which this laptop does not know. Load that catalog (laatu-cli catalog) and pull again.</source>
        <translation>Noudettu arviointi on pisteytetty kriteeristön %1 versiolla %2, jota tämä kannettava ei tunne. Lataa kyseinen kriteeristö (laatu-cli catalog) ja nouda uudelleen.</translation>
    </message>
</context>
<context>
    <name>ProgrammeError</name>
    <message>
        <source>The programme server refused %1: this login is not allowed to (SQLSTATE 42501, %2). Ask the programme&apos;s administrator which counties you are assigned to.</source>
        <translation>Ohjelman palvelin ei sallinut toimintoa (%1): tällä käyttäjätunnuksella ei ole siihen oikeutta (SQLSTATE 42501, %2). Kysy ohjelman ylläpitäjältä, mihin hyvinvointialueisiin sinut on liitetty.</translation>
    </message>
    <message>
        <source>The connection to the programme server was lost or could not be made while %1: %2</source>
        <translation>Yhteys ohjelman palvelimeen katkesi tai sitä ei saatu muodostettua, kun kesken oli %1: %2</translation>
    </message>
    <message>
        <source>The programme server refused the connection while %1: %2</source>
        <translation>Ohjelman palvelin hylkäsi yhteyden, kun kesken oli %1: %2</translation>
    </message>
    <message>
        <source>The programme server reported an error while %1 (SQLSTATE %2): %3</source>
        <translation>Ohjelman palvelin ilmoitti virheestä, kun kesken oli %1 (SQLSTATE %2): %3</translation>
    </message>
</context>
<context>
    <name>ProgrammePublisher</name>
    <message>
        <source>publishing review %1</source>
        <translation>arvioinnin %1 julkaiseminen</translation>
    </message>
    <message>
        <source>revision %1 of review %2 is already published with other content (SHA-256 %3, this laptop&apos;s is %4); the server keeps the first and lists this one as a conflict</source>
        <translation>arvioinnin %2 versio %1 on jo julkaistu eri sisällöllä (SHA-256 %3, tämän kannettavan %4); palvelin säilyttää ensimmäisen ja merkitsee tämän ristiriidaksi</translation>
    </message>
    <message>
        <source>The server did not confirm %1.</source>
        <translation>Palvelin ei vahvistanut, että %1 onnistui.</translation>
    </message>
    <message>
        <source>The server computed another SHA-256 for review %1 than this laptop; nothing was published.</source>
        <translation>Palvelin laski arvioinnille %1 eri SHA-256-tiivisteen kuin tämä kannettava; mitään ei julkaistu.</translation>
    </message>
</context>
<context>
    <name>ProgrammePuller</name>
    <message>
        <source>pulling the programme&apos;s reviews</source>
        <translation>ohjelman arviointien noutaminen</translation>
    </message>
    <message>
        <source>its text does not match its SHA-256</source>
        <translation>sen teksti ei vastaa sen SHA-256-tiivistettä</translation>
    </message>
    <message>
        <source>it is a partial review file</source>
        <translation>se on osittainen arviointitiedosto</translation>
    </message>
    <message>
        <source>Snapshot %1 on the server cannot be taken into the programme copy: %2. The copy holds everything before it.</source>
        <translation>Palvelimen tilannevedosta %1 ei voi ottaa ohjelman kopioon: %2. Kopiossa on kaikki sitä edeltävä.</translation>
    </message>
</context>
<context>
    <name>PublishCommand</name>
    <message>
        <source>Publish final reviews to the programme server (same snapshot again: no change).</source>
        <translation>Julkaisee lopulliset arvioinnit ohjelman palvelimelle (sama tilannevedos uudelleen: ei muutosta).</translation>
    </message>
    <message>
        <source>Sends each final review as an immutable snapshot, one server transaction per review. A review is marked published only after the server&apos;s COMMIT; one left pending by a lost connection is finished by the next publish. The same revision with other content is a conflict: listed, never overwritten. Drafts stay on this laptop.</source>
        <translation>Lähettää kunkin lopullisen arvioinnin muuttumattomana tilannevedoksena, yksi palvelintransaktio arviointia kohden. Arviointi merkitään julkaistuksi vasta palvelimen COMMITin jälkeen; katkenneen yhteyden vuoksi kesken jäänyt julkaisu viimeistellään seuraavalla julkaisukerralla. Sama versio eri sisällöllä on ristiriita: se luetellaan, eikä sitä koskaan korvata. Luonnokset jäävät tälle kannettavalle.</translation>
    </message>
    <message>
        <source>Reviews by their number in &apos;list&apos; or their UUID.</source>
        <translation>Arvioinnit niiden &apos;list&apos;-numeron tai UUID-tunnuksen perusteella.</translation>
    </message>
    <message>
        <source>Every final review of this laptop&apos;s own.</source>
        <translation>Kaikki tämän kannettavan omat lopulliset arvioinnit.</translation>
    </message>
    <message>
        <source>give review numbers or UUIDs, or --all-final</source>
        <translation>anna arviointien numerot tai UUID-tunnukset tai --all-final</translation>
    </message>
    <message>
        <source>no programme server is configured: give --url postgresql://USER@HOST/DATABASE (nothing was connected)</source>
        <translation>ohjelman palvelinta ei ole määritetty: anna --url postgresql://USER@HOST/DATABASE (yhteyttä ei muodostettu)</translation>
    </message>
    <message>
        <source>laatu-cli publish: %1</source>
        <translation>laatu-cli publish: %1</translation>
    </message>
    <message>
        <source>published</source>
        <translation>julkaistu</translation>
    </message>
    <message>
        <source>already-published</source>
        <translation>jo-julkaistu</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>ristiriita</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>hylätty</translation>
    </message>
    <message>
        <source>Published %1, already published %2, conflicts %3, refused %4, pending %5</source>
        <translation>Julkaistu %1, jo julkaistu %2, ristiriitoja %3, hylätty %4, odottaa %5</translation>
    </message>
</context>
<context>
    <name>PullCommand</name>
    <message>
        <source>Pull the programme&apos;s published reviews into this laptop&apos;s read-only copy.</source>
        <translation>Noutaa ohjelman julkaistut arvioinnit tämän kannettavan vain luku -kopioon.</translation>
    </message>
    <message>
        <source>Fetches what was published since the last pull (what this login may read) into the read-only programme copy; compare, history and export-csv count those reviews like this laptop&apos;s own (--own-only leaves them out). This laptop&apos;s own reviews are never replaced.</source>
        <translation>Noutaa edellisen noudon jälkeen julkaistut arvioinnit (ne, jotka tällä käyttäjätunnuksella saa lukea) ohjelman vain luku -kopioon; compare, history ja export-csv ottavat ne mukaan samoin kuin tämän kannettavan omat arvioinnit (--own-only jättää ne pois). Tämän kannettavan omia arviointeja ei koskaan korvata.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>odottamaton argumentti &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no programme server is configured: give --url postgresql://USER@HOST/DATABASE (nothing was connected)</source>
        <translation>ohjelman palvelinta ei ole määritetty: anna --url postgresql://USER@HOST/DATABASE (yhteyttä ei muodostettu)</translation>
    </message>
    <message>
        <source>Received %1: added %2, newer revision %3, unchanged %4, own (left alone) %5; up to snapshot %6</source>
        <translation>Vastaanotettu %1: lisätty %2, uudempi versio %3, ennallaan %4, omia (ei muutettu) %5; tilannevedokseen %6 asti</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Back</source>
        <translation>Takaisin</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Eteenpäin</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Yläkansio</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Luo uusi kansio</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Luettelonäkymä</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Tietonäkymä</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>Sijainti:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>Tiedoston &amp;nimi:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Tiedostotyyppi:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Avaa</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Tallenna</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Valitse</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Avaa</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Tallenna nimellä</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Uusi kansio</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Näytä &amp;piilotiedostot</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Poista</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Nimeä uudelleen</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Kansio:</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Kansiot</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Kaikki tiedostot (*)</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Näytä yksityiskohdat…</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Piilota yksityiskohdat…</translation>
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
        <translation>Tallenna</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Tallenna kaikki</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Avaa</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Kyllä</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Kyllä k&amp;aikkiin</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Ei</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>E&amp;i kaikkiin</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Keskeytä</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Yritä uudelleen</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ohita</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peru</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Hylkää</translation>
    </message>
    <message>
        <source>Don&apos;t Save</source>
        <translation>Älä tallenna</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Sulje tallentamatta</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ohje</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Käytä</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Palauta</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Palauta oletukset</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; E&amp;dellinen</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Seuraava &gt;</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Seuraava</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>Valm&amp;is</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peru</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ohje</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ohje</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>Takaisin</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Jatka</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Vahvista</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Tehty</translation>
    </message>
</context>
<context>
    <name>RaterFileMerger</name>
    <message>
        <source>review %1 is not in this database; a file with a whole review is brought in with import, not merge</source>
        <translation>arviointia %1 ei ole tässä tietokannassa; koko arvioinnin sisältävä tiedosto tuodaan komennolla import, ei merge</translation>
    </message>
    <message>
        <source>review %1 is not in this database; import the whole review first, then merge this reviewer&apos;s file into it</source>
        <translation>arviointia %1 ei ole tässä tietokannassa; tuo ensin koko arviointi ja yhdistä sitten tämän arvioijan tiedosto siihen</translation>
    </message>
    <message>
        <source>the file was rated against catalog %1 %2, the review here against %3 %4; they cannot be merged</source>
        <translation>tiedosto on pisteytetty kriteeristöllä %1 %2, tämän tietokannan arviointi kriteeristöllä %3 %4; niitä ei voi yhdistää</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>review %1 would have more than 10 reviewers after the merge; nothing was merged</source>
        <translation>arvioinnissa %1 olisi yhdistämisen jälkeen yli 10 arvioijaa; mitään ei yhdistetty</translation>
    </message>
    <message>
        <source>the file&apos;s review %1 is a review of site &quot;%2&quot; (%3) created %4, the review here of site &quot;%5&quot; (%6) created %7: they are not the same review</source>
        <translation>tiedoston arviointi %1 on toimipisteen &quot;%2&quot; (%3) arviointi, luotu %4, mutta tämän tietokannan arviointi on toimipisteen &quot;%5&quot; (%6) arviointi, luotu %7: ne eivät ole sama arviointi</translation>
    </message>
    <message>
        <source>review %1 would have more than %2 coach or record rows after the merge; nothing was merged</source>
        <translation>arvioinnissa %1 olisi yhdistämisen jälkeen yli %2 työhönvalmentaja- tai asiakaskirjausriviä; mitään ei yhdistetty</translation>
    </message>
</context>
<context>
    <name>RaterLookup</name>
    <message>
        <source>The review %1 has no reviewers yet.</source>
        <translation>Arvioinnissa %1 ei ole vielä arvioijia.</translation>
    </message>
    <message>
        <source>The review %1 has no reviewer &quot;%2&quot;; its reviewers are: %3.</source>
        <translation>Arvioinnissa %1 ei ole arvioijaa &quot;%2&quot;; sen arvioijat ovat: %3.</translation>
    </message>
    <message>
        <source>Several reviewers of review %1 are called &quot;%2&quot;; give the UUID instead: %3.</source>
        <translation>Arvioinnissa %1 on useita arvioijia nimeltä &quot;%2&quot;; anna sen sijaan UUID: %3.</translation>
    </message>
</context>
<context>
    <name>RatingList</name>
    <message>
        <source>expected %1 ratings separated by commas (one per criterion in catalog order, - for not rated), got %2</source>
        <translation>odotettiin %1 pilkuin erotettua pistemäärää (yksi kriteeriä kohden kriteeristön järjestyksessä, - pisteyttämättömälle), saatiin %2</translation>
    </message>
    <message>
        <source>rating %1 (%2) is &quot;%3&quot;; use a whole number %4-%5 or - for not rated</source>
        <translation>pistemäärä %1 (%2) on &quot;%3&quot;; käytä kokonaislukua %4-%5 tai merkkiä - pisteyttämättömälle</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Self-assessment</source>
        <translation>Itsearviointi</translation>
    </message>
    <message>
        <source>External review</source>
        <translation>Ulkoinen arviointi</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Luonnos</translation>
    </message>
    <message>
        <source>Consensus agreed</source>
        <translation>Konsensus sovittu</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Lopullinen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Auki</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Käynnissä</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Tehty</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Hylätty</translation>
    </message>
    <message>
        <source>Fidelity self-assessment report</source>
        <translation>Menetelmällisen tarkkuuden itsearviointiraportti</translation>
    </message>
    <message>
        <source>Fidelity review report</source>
        <translation>Menetelmällisen tarkkuuden arviointiraportti</translation>
    </message>
    <message>
        <source>Site visit</source>
        <translation>Arviointikäynti</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisaatio</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Yksikkö</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kunta</translation>
    </message>
    <message>
        <source>Wellbeing services county</source>
        <translation>Hyvinvointialue</translation>
    </message>
    <message>
        <source>Review kind</source>
        <translation>Arvioinnin laji</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation>Arvioijat</translation>
    </message>
    <message>
        <source>Criteria set</source>
        <translation>Kriteeristö</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, versio %2</translation>
    </message>
    <message>
        <source>Created with Laatu %1 on %2</source>
        <translation>Laadittu %2 Laatu-sovelluksella (versio %1)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Yhteenveto</translation>
    </message>
    <message>
        <source>Not determined</source>
        <translation>Ei määritetty</translation>
    </message>
    <message>
        <source>Total score</source>
        <translation>Pisteet yhteensä</translation>
    </message>
    <message>
        <source>Mean rating</source>
        <translation>Pistemäärien keskiarvo</translation>
    </message>
    <message>
        <source>Fidelity level</source>
        <translation>Menetelmällisen tarkkuuden taso</translation>
    </message>
    <message>
        <source>The review is not complete: %1 of %2 criteria have a consensus rating (%3 points so far). The total, the mean and the level are given when every criterion is rated.</source>
        <translation>Arviointi ei ole valmis: konsensuspistemäärä on annettu %1/%2 kriteerille (pisteitä tähän mennessä %3). Pisteet yhteensä, keskiarvo ja taso ilmoitetaan, kun kaikki kriteerit on pisteytetty.</translation>
    </message>
    <message>
        <source>Fidelity levels</source>
        <translation>Menetelmällisen tarkkuuden tasot</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Taso</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Pisteet</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Kuvaus</translation>
    </message>
    <message>
        <source>Section subtotals</source>
        <translation>Osioiden välisummat</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Osio</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Kriteerit</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Pisteet</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Keskiarvo</translation>
    </message>
    <message>
        <source>Ratings by criterion</source>
        <translation>Pistemäärät kriteereittäin</translation>
    </message>
    <message>
        <source>The consensus rating of each criterion, 1 to 5, coloured by section.</source>
        <translation>Kunkin kriteerin konsensuspistemäärä asteikolla 1–5 osioittain väritettynä.</translation>
    </message>
    <message>
        <source>Previous review</source>
        <translation>Edellinen arviointi</translation>
    </message>
    <message>
        <source>Criteria and ratings</source>
        <translation>Kriteerit ja pistemäärät</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nro</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriteeri</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Pistemäärä</translation>
    </message>
    <message>
        <source>What the rating means</source>
        <translation>Pistemäärän merkitys</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Näyttö</translation>
    </message>
    <message>
        <source>Not rated yet</source>
        <translation>Ei vielä pisteytetty</translation>
    </message>
    <message>
        <source>Agreement between reviewers</source>
        <translation>Arvioijien yksimielisyys</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%1/%2 (%3)</translation>
    </message>
    <message>
        <source>Same rating</source>
        <translation>Sama pistemäärä</translation>
    </message>
    <message>
        <source>Within one point</source>
        <translation>Enintään yhden pisteen ero</translation>
    </message>
    <message>
        <source>Two points or more apart</source>
        <translation>Vähintään kahden pisteen ero</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>Konsensus</translation>
    </message>
    <message>
        <source>Strengths and recommendations</source>
        <translation>Vahvuudet ja suositukset</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Vahvuudet</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Suositukset</translation>
    </message>
    <message>
        <source>No strengths or recommendations were written.</source>
        <translation>Vahvuuksia tai suosituksia ei kirjattu.</translation>
    </message>
    <message>
        <source>The service as a whole</source>
        <translation>Palvelu kokonaisuutena</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Toimenpidesuunnitelma</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Toimenpide</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Vastuuhenkilö</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Määräaika</translation>
    </message>
    <message>
        <source>No actions were agreed.</source>
        <translation>Toimenpiteistä ei sovittu.</translation>
    </message>
    <message>
        <source>Change since the previous review</source>
        <translation>Muutos edellisestä arvioinnista</translation>
    </message>
    <message>
        <source>Compared with the previous review of the site: %1, site visit %2.</source>
        <translation>Verrattu toimipisteen edelliseen arviointiin: %1, arviointikäynti %2.</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Edellinen</translation>
    </message>
    <message>
        <source>This review</source>
        <translation>Tämä arviointi</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Muutos</translation>
    </message>
    <message>
        <source>Evidence notes</source>
        <translation>Näyttömuistiinpanot</translation>
    </message>
    <message>
        <source>The reviewers&apos; notes by criterion and source of evidence.</source>
        <translation>Arvioijien muistiinpanot kriteereittäin ja näytön lähteittäin.</translation>
    </message>
    <message>
        <source>Reason for the consensus</source>
        <translation>Konsensuksen perustelu</translation>
    </message>
    <message>
        <source>No notes were written.</source>
        <translation>Muistiinpanoja ei kirjoitettu.</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Allekirjoitukset</translation>
    </message>
    <message>
        <source>Place and date</source>
        <translation>Paikka ja päivämäärä</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Allekirjoitus</translation>
    </message>
    <message>
        <source>Elements present: %1 of %2</source>
        <translation>Toteutuvat osatekijät: %1/%2</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Muistiinpanot: %1</translation>
    </message>
    <message>
        <source>Weighted kappa (quadratic weights)</source>
        <translation>Painotettu kappa (neliölliset painot)</translation>
    </message>
    <message>
        <source>%1 reviewers rated the criteria independently before they agreed the consensus ratings. The figures are of the %2 of %3 criteria that each of them rated.</source>
        <translation>%1 arvioijaa pisteytti kriteerit itsenäisesti ennen kuin he sopivat konsensuspistemääristä. Luvut koskevat niitä %2/%3 kriteeriä, jotka jokainen heistä pisteytti.</translation>
    </message>
    <message>
        <source>The reviewers gave the same rating to each of these %1 criteria.</source>
        <translation>Arvioijat antoivat saman pistemäärän kaikille näille %1 kriteerille.</translation>
    </message>
    <message>
        <source>Reasons for differences of two points or more</source>
        <translation>Perustelut vähintään kahden pisteen eroille</translation>
    </message>
    <message>
        <source>No reason has been written.</source>
        <translation>Perustelua ei ole kirjoitettu.</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>LUONNOS</translation>
    </message>
    <message>
        <source>Data request for the site visit</source>
        <translation>Tietopyyntö arviointikäyntiä varten</translation>
    </message>
    <message>
        <source>If anything in this request is unclear, or a document does not exist in the form asked for, please contact the reviewers before the visit.</source>
        <translation>Jos jokin tässä pyynnössä on epäselvää tai jotakin asiakirjaa ei ole pyydetyssä muodossa, pyydämme ottamaan yhteyttä arvioijiin ennen käyntiä.</translation>
    </message>
    <message>
        <source>Date of the request</source>
        <translation>Pyynnön päivämäärä</translation>
    </message>
    <message>
        <source>We will review the service against the quality criteria on the dates above. To make the best use of the visit, please have the documents and figures listed below ready by its first day. We go through them with you on site; nothing needs to be sent in advance or written specially for the visit. Each item names the criterion it serves.</source>
        <translation>Arvioimme palvelun laatukriteerien perusteella edellä mainittuina päivinä. Jotta käynnistä saadaan paras mahdollinen hyöty, pyydämme, että alla luetellut asiakirjat ja luvut ovat valmiina käynnin ensimmäiseen päivään mennessä. Käymme ne läpi yhdessä kanssanne paikan päällä; mitään ei tarvitse lähettää etukäteen eikä laatia erikseen käyntiä varten. Kunkin kohdan yhteydessä mainitaan kriteeri, jota se koskee.</translation>
    </message>
    <message>
        <source>What to have ready</source>
        <translation>Valmiiksi pyydettävät aineistot</translation>
    </message>
    <message>
        <source>Document or figure</source>
        <translation>Asiakirja tai luku</translation>
    </message>
    <message>
        <source>For criterion</source>
        <translation>Kriteeri</translation>
    </message>
    <message>
        <source>This criteria set names no documents to prepare. The reviewers will agree with you what to look at, guided by the evidence listed for each criterion below.</source>
        <translation>Tässä kriteeristössä ei nimetä etukäteen valmisteltavia asiakirjoja. Arvioijat sopivat kanssanne, mihin aineistoihin tutustutaan, alla kunkin kriteerin kohdalla mainitun näytön perusteella.</translation>
    </message>
    <message>
        <source>For each job coach</source>
        <translation>Kustakin työhönvalmentajasta</translation>
    </message>
    <message>
        <source>For each client record in the sample</source>
        <translation>Kustakin otokseen kuuluvasta asiakaskirjauksesta</translation>
    </message>
    <message>
        <source>Figures we will compute on the visit</source>
        <translation>Käynnillä laskettavat luvut</translation>
    </message>
    <message>
        <source>On the visit we fill in the figures below together with you; the numbers of the criteria are computed from them. Having them at hand saves time.</source>
        <translation>Täytämme käynnillä alla olevat tiedot yhdessä kanssanne, ja kriteerien lukuarvot lasketaan niiden perusteella. Aikaa säästyy, jos tiedot ovat valmiiksi saatavilla.</translation>
    </message>
    <message>
        <source>Client records are identified by pseudonymous codes only (for example A01, A02): no client&apos;s name or personal identity code is written down.</source>
        <translation>Asiakaskirjaukset yksilöidään vain pseudonyymeillä koodeilla (esimerkiksi A01, A02): asiakkaiden nimiä tai henkilötunnuksia ei kirjata.</translation>
    </message>
    <message>
        <source>Evidence for each criterion</source>
        <translation>Näyttö kriteereittäin</translation>
    </message>
    <message>
        <source>Each criterion is rated from the kinds of evidence named beside it: the reviewers will ask for interviews, records and observations accordingly.</source>
        <translation>Kukin kriteeri pisteytetään sen kohdalla mainittujen näyttölajien perusteella: arvioijat pyytävät haastatteluja, asiakirjoja ja havainnointia niiden mukaisesti.</translation>
    </message>
    <message>
        <source>What the figures rest on</source>
        <translation>Lukujen perusteet</translation>
    </message>
    <message>
        <source>The rule of a numeric criterion computes its number from two figures. Each figure was typed by a reviewer or computed from the evidence workbook (the coaches and the client records read on the visit); a typed figure is used instead of a computed one. The suggested rating is a suggestion only: the rating is the reviewers&apos; own.</source>
        <translation>Lukuihin perustuvan kriteerin sääntö laskee kriteerin lukuarvon kahdesta luvusta. Kukin luku on joko arvioijan käsin syöttämä tai laskettu aineistotaulukosta (käynnillä läpi käydyistä työhönvalmentajien ja asiakaskirjausten tiedoista); käsin syötettyä lukua käytetään lasketun sijaan. Ehdotettu pistemäärä on vain ehdotus: pistemäärästä päättävät arvioijat.</translation>
    </message>
    <message>
        <source>computed from 1 coach</source>
        <translation>laskettu 1 työhönvalmentajan tiedoista</translation>
    </message>
    <message>
        <source>computed from %1 coaches</source>
        <translation>laskettu %1 työhönvalmentajan tiedoista</translation>
    </message>
    <message>
        <source>computed from 1 record</source>
        <translation>laskettu 1 asiakaskirjauksesta</translation>
    </message>
    <message>
        <source>computed from %1 records</source>
        <translation>laskettu %1 asiakaskirjauksesta</translation>
    </message>
    <message>
        <source>typed by a reviewer (the workbook gives %1)</source>
        <translation>arvioijan käsin syöttämä (aineistotaulukosta saadaan %1)</translation>
    </message>
    <message>
        <source>typed by a reviewer</source>
        <translation>arvioijan käsin syöttämä</translation>
    </message>
    <message>
        <source>not computed: a workbook row needs correcting</source>
        <translation>ei laskettu: aineistotaulukon riviä on korjattava</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>ei annettu</translation>
    </message>
    <message>
        <source>Partly typed, partly computed from the workbook</source>
        <translation>Osittain syötetty käsin, osittain laskettu aineistotaulukosta</translation>
    </message>
    <message>
        <source>Computed from the workbook</source>
        <translation>Laskettu aineistotaulukosta</translation>
    </message>
    <message>
        <source>Typed by a reviewer</source>
        <translation>Arvioijan käsin syöttämä</translation>
    </message>
    <message>
        <source>Records: %1</source>
        <translation>Asiakaskirjaukset: %1</translation>
    </message>
    <message>
        <source>Suggested rating: %1</source>
        <translation>Ehdotettu pistemäärä: %1</translation>
    </message>
    <message>
        <source>No suggestion: the value is outside the rule&apos;s range</source>
        <translation>Ei ehdotusta: arvo on säännön kattaman alueen ulkopuolella</translation>
    </message>
    <message>
        <source>No suggestion until both figures are given</source>
        <translation>Ei ehdotusta, ennen kuin molemmat luvut on annettu</translation>
    </message>
    <message>
        <source>Day %1</source>
        <translation>Päivä %1</translation>
    </message>
    <message>
        <source>Day %1: %2 %3</source>
        <translation>Päivä %1: %2 %3</translation>
    </message>
    <message>
        <source>Site visit plan</source>
        <translation>Arviointikäynnin ohjelma</translation>
    </message>
    <message>
        <source>This is the agenda we propose for the site visit. Please check that the times suit the people named and tell us about anything that should change; we send the agreed plan back before the visit.</source>
        <translation>Ehdotamme arviointikäynnille alla olevaa ohjelmaa. Pyydämme tarkistamaan, sopivatko ajat mainituille henkilöille, ja kertomaan meille mahdollisista muutostarpeista. Lähetämme sovitun ohjelman teille ennen käyntiä.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Aika</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Sisältö</translation>
    </message>
    <message>
        <source>With whom</source>
        <translation>Osallistujat</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Paikka</translation>
    </message>
    <message>
        <source>The agenda has not been drawn up yet; the reviewers will send it.</source>
        <translation>Ohjelmaa ei ole vielä laadittu; arvioijat lähettävät sen myöhemmin.</translation>
    </message>
    <message>
        <source>Interviews with clients and a coach&apos;s day in the field need the clients&apos; consent; please ask for it in advance. Thank you for arranging the visit.</source>
        <translation>Asiakkaiden haastatteluihin ja työhönvalmentajan työpäivän seuraamiseen tarvitaan asiakkaiden suostumus; pyydämme hankkimaan sen etukäteen. Kiitos käynnin järjestelyistä.</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>Review number or UUID.</source>
        <translation>Arvioinnin numero tai UUID.</translation>
    </message>
    <message>
        <source>The report&apos;s language: fi, sv or en (default: the user interface language).</source>
        <translation>Raportin kieli: fi, sv tai en (oletus: käyttöliittymän kieli).</translation>
    </message>
    <message>
        <source>Include the reviewers&apos; free-text evidence notes.</source>
        <translation>Sisällyttää arvioijien vapaamuotoiset näyttömuistiinpanot.</translation>
    </message>
    <message>
        <source>expected one review number or UUID</source>
        <translation>odotettiin yhtä arvioinnin numeroa tai UUID-tunnusta</translation>
    </message>
    <message>
        <source>--out FILE is required</source>
        <translation>--out FILE on pakollinen</translation>
    </message>
    <message>
        <source>--lang must be fi, sv or en, not &quot;%1&quot;</source>
        <translation>--lang on oltava fi, sv tai en, ei &quot;%1&quot;</translation>
    </message>
    <message>
        <source>laatu-cli report: %1</source>
        <translation>laatu-cli report: %1</translation>
    </message>
    <message>
        <source>Wrote the report of %1 (%2 pages) to %3.</source>
        <translation>Arvioinnin %1 raportti (%2 sivua) kirjoitettu tiedostoon %3.</translation>
    </message>
    <message>
        <source>Write the report of one review as a PDF or an editable ODT file.</source>
        <translation>Kirjoittaa yhden arvioinnin raportin PDF-tiedostona tai muokattavana ODT-tiedostona.</translation>
    </message>
    <message>
        <source>Writes the report of one review (A4 PDF, or ODT to edit in a word processor): cover, summary with the ratings chart, all criteria with their evidence, agreement between reviewers, strengths and recommendations, the action plan, the change since the site&apos;s previous review and signature lines. Evidence notes are left out unless --with-notes is given.</source>
        <translation>Kirjoittaa yhden arvioinnin raportin (A4-kokoinen PDF tai tekstinkäsittelyohjelmassa muokattava ODT): kansilehti, yhteenveto pistemääräkaavioineen, kaikki kriteerit näyttöineen, arvioijien yksimielisyys, vahvuudet ja suositukset, toimenpidesuunnitelma, muutos toimipisteen edellisestä arvioinnista sekä allekirjoitusrivit. Näytön muistiinpanot jätetään pois, ellei valitsinta --with-notes anneta.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Kirjoitettava tiedosto.</translation>
    </message>
    <message>
        <source>pdf or odt (default: odt for a file name ending in .odt, otherwise pdf).</source>
        <translation>pdf tai odt (oletus: odt, jos tiedostonimi päättyy .odt, muuten pdf).</translation>
    </message>
    <message>
        <source>--format must be pdf or odt, not &quot;%1&quot;</source>
        <translation>--format on oltava pdf tai odt, ei &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Wrote the report of %1 to %2 (OpenDocument text).</source>
        <translation>Arvioinnin %1 raportti kirjoitettu tiedostoon %2 (OpenDocument-teksti).</translation>
    </message>
    <message>
        <source>In the appendix, list the codes of the records each computed figure rests on.</source>
        <translation>Luettelee liitteessä niiden asiakaskirjausten koodit, joihin kukin laskettu luku perustuu.</translation>
    </message>
</context>
<context>
    <name>ReportOdt</name>
    <message>
        <source>%1 was not written: the report could not be laid out (fonts need a graphical application).</source>
        <translation>Tiedostoa %1 ei kirjoitettu: raportin taittaminen ei onnistunut (fontit edellyttävät graafista sovellusta).</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>Tiedostoon %1 ei voi kirjoittaa: %2.</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2.</source>
        <translation>Tiedostoa %1 ei voitu tallentaa: %2.</translation>
    </message>
</context>
<context>
    <name>ReportOptionsDialog</name>
    <message>
        <source>Report</source>
        <translation>Raportti</translation>
    </message>
    <message>
        <source>Report &amp;language:</source>
        <translation>Raportin &amp;kieli:</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>Raportin kieli</translation>
    </message>
    <message>
        <source>Include the evidence &amp;notes</source>
        <translation>Sisällytä &amp;näyttömuistiinpanot</translation>
    </message>
    <message>
        <source>Notes can hold details about clients and staff. Leave them out of a report that goes beyond the review team.</source>
        <translation>Muistiinpanoissa voi olla asiakkaita ja henkilöstöä koskevia yksityiskohtia. Jätä ne pois raportista, joka jaetaan arviointiryhmän ulkopuolelle.</translation>
    </message>
</context>
<context>
    <name>ReportRenderer</name>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>Tiedostoon %1 ei voi kirjoittaa: %2.</translation>
    </message>
    <message>
        <source>%1 was not written: the report could not be laid out (fonts need a graphical application).</source>
        <translation>Tiedostoa %1 ei kirjoitettu: raportin taittaminen ei onnistunut (fontit edellyttävät graafista sovellusta).</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2.</source>
        <translation>Tiedostoa %1 ei voitu tallentaa: %2.</translation>
    </message>
</context>
<context>
    <name>RestoreCommand</name>
    <message>
        <source>Replace the database by a backup; the current file is kept aside.</source>
        <translation>Korvaa tietokannan varmuuskopiolla; nykyinen tiedosto säilytetään sivussa.</translation>
    </message>
    <message>
        <source>The backup file.</source>
        <translation>Varmuuskopiotiedosto.</translation>
    </message>
    <message>
        <source>expected one backup file</source>
        <translation>odotettiin yhtä varmuuskopiotiedostoa</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>%1 palautettu varmuuskopiosta %2.</translation>
    </message>
    <message>
        <source>The previous database was kept as %1.</source>
        <translation>Aiempi tietokanta säilytettiin nimellä %1.</translation>
    </message>
    <message>
        <source>Checks the backup, builds the restored database beside the current one and checks it, keeps the current database (with its -wal and -shm files) under a new name, and renames the restored file into its place: the database path always holds a whole database, the old or the restored one. Laatu must not have the database open.</source>
        <translation>Tarkistaa varmuuskopion, muodostaa palautetun tietokannan nykyisen rinnalle ja tarkistaa sen, säilyttää nykyisen tietokannan (-wal- ja -shm-tiedostoineen) uudella nimellä ja nimeää palautetun tiedoston sen tilalle: tietokannan polussa on aina kokonainen tietokanta, joko vanha tai palautettu. Tietokanta ei saa olla auki Laatu-sovelluksessa.</translation>
    </message>
</context>
<context>
    <name>ReviewDocumentReader</name>
    <message>
        <source>reading review %1</source>
        <translation>arvioinnin %1 lukeminen</translation>
    </message>
    <message>
        <source>review %1 is in the file, but its rows cannot be reached</source>
        <translation>arviointi %1 on tiedostossa, mutta sen rivejä ei saada luettua</translation>
    </message>
</context>
<context>
    <name>ReviewDocumentWriter</name>
    <message>
        <source>saving the review</source>
        <translation>arvioinnin tallentaminen</translation>
    </message>
    <message>
        <source>A rating names reviewer %1, who is not in the review.</source>
        <translation>Pistemäärässä mainitaan arvioija %1, joka ei kuulu arviointiin.</translation>
    </message>
</context>
<context>
    <name>ReviewFileFormat</name>
    <message>
        <source>&quot;%1&quot; must be a text</source>
        <translation>&quot;%1&quot; on oltava tekstiä</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must not be empty</source>
        <translation>&quot;%1&quot; ei saa olla tyhjä</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is longer than %2 characters</source>
        <translation>&quot;%1&quot; on yli %2 merkkiä pitkä</translation>
    </message>
    <message>
        <source>&quot;uuid&quot; must be a lower-case UUID</source>
        <translation>&quot;uuid&quot; on oltava pienin kirjaimin kirjoitettu UUID</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a date YYYY-MM-DD between 2000 and 2100</source>
        <translation>&quot;%1&quot; on oltava päivämäärä muodossa YYYY-MM-DD vuosien 2000 ja 2100 väliltä</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a UTC time like 2026-05-04T09:30:00Z</source>
        <translation>&quot;%1&quot; on oltava UTC-aika muodossa 2026-05-04T09:30:00Z</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more than %2 entries</source>
        <translation>&quot;%1&quot; sisältää yli %2 kohtaa</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB</source>
        <translation>tiedosto on suurempi kuin %1&#xa0;MiB</translation>
    </message>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation>virheellistä JSONia tavun %1 kohdalla: %2</translation>
    </message>
    <message>
        <source>not a Laatu review file (the top level must be an object)</source>
        <translation>ei ole Laatu-arviointitiedosto (ylimmän tason on oltava objekti)</translation>
    </message>
    <message>
        <source>not a Laatu review file (&quot;format&quot; must be &quot;%1&quot;)</source>
        <translation>ei ole Laatu-arviointitiedosto (&quot;format&quot;-arvon on oltava &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>the review file format %1 is newer than this Laatu reads (%2); update Laatu</source>
        <translation>arviointitiedoston muodon versio %1 on uudempi kuin tämä Laatu osaa lukea (%2); päivitä Laatu</translation>
    </message>
    <message>
        <source>catalog</source>
        <translation>kriteeristö</translation>
    </message>
    <message>
        <source>site</source>
        <translation>toimipiste</translation>
    </message>
    <message>
        <source>review</source>
        <translation>arviointi</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot; (external or self-assessment)</source>
        <translation>tuntematon laji &quot;%1&quot; (external tai self-assessment)</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot; (draft, consensus or final)</source>
        <translation>tuntematon tila &quot;%1&quot; (draft, consensus tai final)</translation>
    </message>
    <message>
        <source>the visit ends before it starts</source>
        <translation>käynti päättyy ennen kuin se alkaa</translation>
    </message>
    <message>
        <source>reviewer %1</source>
        <translation>arvioija %1</translation>
    </message>
    <message>
        <source>consensus</source>
        <translation>konsensus</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>näyttö</translation>
    </message>
    <message>
        <source>evidence note</source>
        <translation>näytön muistiinpano</translation>
    </message>
    <message>
        <source>evidence number</source>
        <translation>näytön lukuarvo</translation>
    </message>
    <message>
        <source>evidence element</source>
        <translation>näytön osatekijä</translation>
    </message>
    <message>
        <source>finding</source>
        <translation>havainto</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot; (strength or recommendation)</source>
        <translation>tuntematon laji &quot;%1&quot; (strength tai recommendation)</translation>
    </message>
    <message>
        <source>action</source>
        <translation>toimenpide</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;</source>
        <translation>tuntematon tila &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds characters that are not valid text</source>
        <translation>&quot;%1&quot; sisältää merkkejä, jotka eivät ole kelvollista tekstiä</translation>
    </message>
    <message>
        <source>one-rater file</source>
        <translation>yhden arvioijan tiedosto</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a lower-case UUID</source>
        <translation>&quot;%1&quot; on oltava pienin kirjaimin kirjoitettu UUID</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; is %2, but the file must then hold exactly that one reviewer (it holds %n)</source>
        <translation>
            <numerusform>&quot;%1&quot; on %2, joten tiedostossa on oltava täsmälleen tämä yksi arvioija (siinä on %n)</numerusform>
            <numerusform>&quot;%1&quot; on %2, joten tiedostossa on oltava täsmälleen tämä yksi arvioija (siinä on %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>a file with &quot;%1&quot; holds one reviewer&apos;s own ratings only: no consensus ratings, findings or actions</source>
        <translation>tiedostossa, jossa on &quot;%1&quot;, on vain yhden arvioijan omat pistemäärät: ei konsensuspistemääriä, havaintoja eikä toimenpiteitä</translation>
    </message>
    <message>
        <source>hand-out file</source>
        <translation>toiselle arvioijalle tarkoitettu tiedosto</translation>
    </message>
    <message>
        <source>&quot;uuid&quot; is the nil UUID (all zeros), which names nothing</source>
        <translation>&quot;uuid&quot; on nolla-UUID (pelkkiä nollia), joka ei yksilöi mitään</translation>
    </message>
    <message>
        <source>the file holds a NUL byte at byte %1; a review file is UTF-8 text</source>
        <translation>tiedostossa on NUL-merkki tavun %1 kohdalla; arviointitiedoston on oltava UTF-8-tekstiä</translation>
    </message>
    <message>
        <source>&quot;formatVersion&quot; must be 1 or %1</source>
        <translation>&quot;formatVersion&quot;-arvon on oltava 1 tai %1</translation>
    </message>
    <message>
        <source>a workbook needs &quot;formatVersion&quot; 2</source>
        <translation>aineistotaulukko edellyttää &quot;formatVersion&quot;-arvoa 2</translation>
    </message>
    <message>
        <source>a visit plan needs &quot;formatVersion&quot; 2</source>
        <translation>käyntiohjelma edellyttää &quot;formatVersion&quot;-arvoa 2</translation>
    </message>
</context>
<context>
    <name>ReviewFileIo</name>
    <message>
        <source>there is no such file</source>
        <translation>tiedostoa ei ole olemassa</translation>
    </message>
    <message>
        <source>the file is too large for a review file (%1 bytes; at most %2)</source>
        <translation>tiedosto on liian suuri arviointitiedostoksi (%1&#xa0;tavua; enintään %2)</translation>
    </message>
    <message>
        <source>%1 was not written: the review cannot be a review file (%2).</source>
        <translation>Tiedostoa %1 ei kirjoitettu: arviointia ei voi tallentaa arviointitiedostoksi (%2).</translation>
    </message>
    <message>
        <source>the file %1</source>
        <translation>tiedosto %1</translation>
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
        <translation>%1 sisältää vain arvioijan %2 omat pistemäärät (komennolla export-mine kirjoitettu yhden arvioijan tiedosto); tuo se komennolla `laatu-cli merge %1`, jotta muut arvioijat, konsensus ja havainnot säilyvät</translation>
    </message>
    <message numerus="yes">
        <source>this hand-out is for review %1 of %2, which is already in this database with %n rating(s) and notes made here; importing it again would replace them, so nothing was changed</source>
        <translation>
            <numerusform>tämä toiselle arvioijalle tarkoitettu tiedosto koskee toimipisteen %2 arviointia %1, joka on jo tässä tietokannassa, ja siihen on täällä annettu %n pistemäärä ja muistiinpanoja; uusi tuonti korvaisi ne, joten mitään ei muutettu</numerusform>
            <numerusform>tämä toiselle arvioijalle tarkoitettu tiedosto koskee toimipisteen %2 arviointia %1, joka on jo tässä tietokannassa, ja siihen on täällä annettu %n pistemäärää ja muistiinpanoja; uusi tuonti korvaisi ne, joten mitään ei muutettu</numerusform>
        </translation>
    </message>
    <message>
        <source>it carries review %1, as %2 does; import one of them</source>
        <translation>siinä on arviointi %1, kuten myös tiedostossa %2; tuo niistä vain toinen</translation>
    </message>
    <message numerus="yes">
        <source>the file has no reviewers, but review %1 here has %n with their ratings; importing it would remove them</source>
        <translation>
            <numerusform>tiedostossa ei ole arvioijia, mutta tämän tietokannan arvioinnissa %1 on %n arvioija pistemäärineen; tuonti poistaisi hänet</numerusform>
            <numerusform>tiedostossa ei ole arvioijia, mutta tämän tietokannan arvioinnissa %1 on %n arvioijaa pistemäärineen; tuonti poistaisi heidät</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewRepository</name>
    <message>
        <source>storing catalog %1 %2</source>
        <translation>kriteeristön %1 %2 tallentaminen</translation>
    </message>
    <message>
        <source>Catalog %1 version %2 is already stored with different content; give the changed catalog a new version.</source>
        <translation>Kriteeristön %1 versio %2 on jo tallennettu eri sisällöllä; anna muutetulle kriteeristölle uusi versio.</translation>
    </message>
    <message>
        <source>reading catalog %1 %2</source>
        <translation>kriteeristön %1 %2 lukeminen</translation>
    </message>
    <message>
        <source>Catalog %1 version %2 is not known to this database. Load that catalog first.</source>
        <translation>Kriteeristön %1 versio %2 ei ole tämän tietokannan tiedossa. Lataa ensin kyseinen kriteeristö.</translation>
    </message>
    <message>
        <source>listing the reviews</source>
        <translation>arviointiluettelon hakeminen</translation>
    </message>
    <message>
        <source>finding review %1</source>
        <translation>arvioinnin %1 hakeminen</translation>
    </message>
    <message>
        <source>Review %1 is final in this database; reopen it before replacing it.</source>
        <translation>Arviointi %1 on tässä tietokannassa lopullinen; avaa se uudelleen ennen kuin korvaat sen.</translation>
    </message>
    <message numerus="yes">
        <source>saving %n review(s)</source>
        <translation>
            <numerusform>%n arvioinnin tallentaminen</numerusform>
            <numerusform>%n arvioinnin tallentaminen</numerusform>
        </translation>
    </message>
    <message>
        <source>deleting review %1</source>
        <translation>arvioinnin %1 poistaminen</translation>
    </message>
    <message>
        <source>The review is final, so %1 did not happen. Reopen it first; the reopening and every later change are logged.</source>
        <translation>Arviointi on lopullinen, joten %1 ei onnistunut. Avaa arviointi ensin uudelleen; uudelleen avaaminen ja kaikki myöhemmät muutokset kirjataan lokiin.</translation>
    </message>
    <message>
        <source>The catalog has no criterion &quot;%1&quot;.</source>
        <translation>Kriteeristössä ei ole kriteeriä &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A rating must be a whole number from %1 to %2, not %3.</source>
        <translation>Pistemäärän on oltava kokonaisluku väliltä %1–%2, ei %3.</translation>
    </message>
    <message>
        <source>saving the consensus rating of %1</source>
        <translation>kriteerin %1 konsensuspistemäärän tallentaminen</translation>
    </message>
    <message>
        <source>saving the rating of %1</source>
        <translation>kriteerin %1 pistemäärän tallentaminen</translation>
    </message>
    <message>
        <source>The review has no reviewer %1.</source>
        <translation>Arvioinnissa ei ole arvioijaa %1.</translation>
    </message>
    <message>
        <source>saving the note on %1</source>
        <translation>kriteerin %1 muistiinpanon tallentaminen</translation>
    </message>
    <message>
        <source>The catalog has no evidence source &quot;%1&quot;.</source>
        <translation>Kriteeristössä ei ole näytön lähdettä &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>finalising the review</source>
        <translation>arvioinnin viimeisteleminen</translation>
    </message>
    <message>
        <source>The review cannot be final while criteria are unrated: %1.</source>
        <translation>Arviointi ei voi olla lopullinen, kun kriteerejä on pisteyttämättä: %1.</translation>
    </message>
    <message>
        <source>The reviewers&apos; ratings differ by 2 or more on %1: write the reason for the consensus rating before the review can be final.</source>
        <translation>Arvioijien pistemäärät eroavat vähintään 2 pisteellä (%1): kirjoita konsensuspistemäärän perustelu, ennen kuin arviointi voi olla lopullinen.</translation>
    </message>
    <message>
        <source>reopening the review</source>
        <translation>arvioinnin avaaminen uudelleen</translation>
    </message>
    <message>
        <source>Say why the final review is reopened; the reason is logged.</source>
        <translation>Kerro, miksi lopullinen arviointi avataan uudelleen; syy kirjataan lokiin.</translation>
    </message>
    <message>
        <source>Only a final review can be reopened.</source>
        <translation>Vain lopullisen arvioinnin voi avata uudelleen.</translation>
    </message>
    <message>
        <source>reading the audit log</source>
        <translation>muutoslokin lukeminen</translation>
    </message>
    <message>
        <source>saving a number of %1</source>
        <translation>kriteerin %1 lukuarvon tallentaminen</translation>
    </message>
    <message>
        <source>Criterion %1 has no input &quot;%2&quot;.</source>
        <translation>Kriteerillä %1 ei ole syötettä &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>&quot;%1&quot; ei ole luku.</translation>
    </message>
    <message>
        <source>saving the checklist of %1</source>
        <translation>kriteerin %1 tarkistuslistan tallentaminen</translation>
    </message>
    <message>
        <source>Criterion %1 has no checklist element &quot;%2&quot;.</source>
        <translation>Kriteerillä %1 ei ole tarkistuslistan osatekijää &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>saving a finding</source>
        <translation>havainnon tallentaminen</translation>
    </message>
    <message>
        <source>A finding needs an identifier and a text.</source>
        <translation>Havainnolla on oltava tunnus ja teksti.</translation>
    </message>
    <message>
        <source>removing a finding</source>
        <translation>havainnon poistaminen</translation>
    </message>
    <message>
        <source>saving an action item</source>
        <translation>toimenpiteen tallentaminen</translation>
    </message>
    <message>
        <source>An action item needs an identifier and a description.</source>
        <translation>Toimenpiteellä on oltava tunnus ja kuvaus.</translation>
    </message>
    <message>
        <source>removing an action item</source>
        <translation>toimenpiteen poistaminen</translation>
    </message>
    <message>
        <source>revealing the reviewers&apos; ratings</source>
        <translation>arvioijien pistemäärien paljastaminen</translation>
    </message>
    <message>
        <source>The catalog %1 %2 stored in the database is damaged (%3). Run &apos;laatu-cli check&apos; and restore the newest backup (laatu-cli restore).</source>
        <translation>Tietokantaan tallennettu kriteeristö %1 %2 on vioittunut (%3). Suorita &apos;laatu-cli check&apos; ja palauta uusin varmuuskopio (laatu-cli restore).</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>perustelu</translation>
    </message>
    <message>
        <source>note</source>
        <translation>muistiinpano</translation>
    </message>
    <message>
        <source>finding</source>
        <translation>havainto</translation>
    </message>
    <message>
        <source>what</source>
        <translation>mitä</translation>
    </message>
    <message>
        <source>who</source>
        <translation>kuka</translation>
    </message>
    <message>
        <source>listing the reviews of a site</source>
        <translation>toimipaikan arviointeja luetteloitaessa</translation>
    </message>
    <message>
        <source>counting the reviews</source>
        <translation>arviointeja laskettaessa</translation>
    </message>
    <message>
        <source>clearing the record sample</source>
        <translation>asiakaskirjausotoksen poistaminen</translation>
    </message>
    <message>
        <source>The record sample is cleared once the review is final; finalise it first.</source>
        <translation>Asiakaskirjausotos poistetaan vasta, kun arviointi on lopullinen; viimeistele arviointi ensin.</translation>
    </message>
    <message>
        <source>This review&apos;s workbook holds no record rows.</source>
        <translation>Tämän arvioinnin aineistotaulukossa ei ole asiakaskirjausrivejä.</translation>
    </message>
    <message>
        <source>saving an item of the visit plan</source>
        <translation>käyntiohjelman kohdan tallentaminen</translation>
    </message>
    <message>
        <source>visit plan item</source>
        <translation>käyntiohjelman kohta</translation>
    </message>
    <message>
        <source>A visit plan holds at most %1 items.</source>
        <translation>Käyntiohjelmassa voi olla enintään %1 kohtaa.</translation>
    </message>
    <message>
        <source>removing an item of the visit plan</source>
        <translation>käyntiohjelman kohdan poistaminen</translation>
    </message>
    <message>
        <source>The visit plan has no item %1.</source>
        <translation>Käyntiohjelmassa ei ole kohtaa %1.</translation>
    </message>
    <message>
        <source>moving an item of the visit plan</source>
        <translation>käyntiohjelman kohdan siirtäminen</translation>
    </message>
    <message>
        <source>The item is already the first.</source>
        <translation>Kohta on jo ensimmäisenä.</translation>
    </message>
    <message>
        <source>The item is already the last.</source>
        <translation>Kohta on jo viimeisenä.</translation>
    </message>
    <message>
        <source>replacing the visit plan</source>
        <translation>käyntiohjelman korvaaminen</translation>
    </message>
    <message>
        <source>saving a workbook row</source>
        <translation>aineistotaulukon rivin tallentaminen</translation>
    </message>
    <message>
        <source>code</source>
        <translation>koodi</translation>
    </message>
    <message>
        <source>A workbook row needs an identifier.</source>
        <translation>Aineistotaulukon rivillä on oltava tunniste.</translation>
    </message>
    <message>
        <source>The catalog&apos;s workbook has no field &quot;%1&quot; for %2.</source>
        <translation>Kriteeristön aineistotaulukossa ei ole kenttää &quot;%1&quot; taulukolle %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid value for &quot;%2&quot;.</source>
        <translation>&quot;%1&quot; ei ole kelvollinen arvo kentälle &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The record sample of this review was cleared; no record rows are added to it again.</source>
        <translation>Tämän arvioinnin asiakaskirjausotos on poistettu; asiakaskirjausrivejä ei enää lisätä siihen.</translation>
    </message>
    <message>
        <source>The workbook row %1 belongs to the other table.</source>
        <translation>Aineistotaulukon rivi %1 kuuluu toiseen taulukkoon.</translation>
    </message>
    <message>
        <source>removing a workbook row</source>
        <translation>aineistotaulukon rivin poistaminen</translation>
    </message>
</context>
<context>
    <name>ReviewTextCheck</name>
    <message>
        <source>site</source>
        <translation>toimipiste</translation>
    </message>
    <message>
        <source>review</source>
        <translation>arviointi</translation>
    </message>
    <message>
        <source>catalog</source>
        <translation>kriteeristö</translation>
    </message>
    <message>
        <source>reviewer %1</source>
        <translation>arvioija %1</translation>
    </message>
    <message>
        <source>consensus</source>
        <translation>konsensus</translation>
    </message>
    <message>
        <source>rating</source>
        <translation>pistemäärä</translation>
    </message>
    <message>
        <source>evidence note</source>
        <translation>näytön muistiinpano</translation>
    </message>
    <message>
        <source>evidence number</source>
        <translation>näytön lukuarvo</translation>
    </message>
    <message>
        <source>evidence element</source>
        <translation>näytön osatekijä</translation>
    </message>
    <message>
        <source>finding</source>
        <translation>havainto</translation>
    </message>
    <message>
        <source>action</source>
        <translation>toimenpide</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>visit plan item %1</source>
        <translation>käyntiohjelman kohta %1</translation>
    </message>
</context>
<context>
    <name>ReviewValidator</name>
    <message>
        <source>the review was rated against catalog %1 %2, not %3 %4</source>
        <translation>arviointi on pisteytetty kriteeristöllä %1 %2, ei kriteeristöllä %3 %4</translation>
    </message>
    <message>
        <source>reviewer %1 appears twice</source>
        <translation>arvioija %1 esiintyy kahdesti</translation>
    </message>
    <message>
        <source>consensus</source>
        <translation>konsensus</translation>
    </message>
    <message>
        <source>%1 rates unknown criterion &quot;%2&quot;</source>
        <translation>%1: pistemäärä tuntemattomalle kriteerille &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 rates %2 as %3; ratings are whole numbers %4-%5</source>
        <translation>%1: kriteerin %2 pistemäärä on %3; pistemäärät ovat kokonaislukuja %4-%5</translation>
    </message>
    <message>
        <source>%1 rates %2 twice</source>
        <translation>%1: kriteerillä %2 on kaksi pistemäärää</translation>
    </message>
    <message>
        <source>a note is about unknown criterion &quot;%1&quot;</source>
        <translation>muistiinpano koskee tuntematonta kriteeriä &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a note on %1 names unknown source &quot;%2&quot;</source>
        <translation>kriteerin %1 muistiinpanossa on tuntematon lähde &quot;%2&quot;</translation>
    </message>
    <message>
        <source>two notes on %1 from %2</source>
        <translation>kriteerillä %1 on kaksi muistiinpanoa lähteestä %2</translation>
    </message>
    <message>
        <source>criterion &quot;%1&quot; has no number &quot;%2&quot;</source>
        <translation>kriteerillä &quot;%1&quot; ei ole lukuarvoa &quot;%2&quot;</translation>
    </message>
    <message>
        <source>the number %1 of %2 is &quot;%3&quot;, not a number of 0 or more</source>
        <translation>kriteerin %2 lukuarvo %1 on &quot;%3&quot; eikä 0 tai sitä suurempi luku</translation>
    </message>
    <message>
        <source>the number %1 of %2 is given twice</source>
        <translation>kriteerin %2 lukuarvo %1 on annettu kahdesti</translation>
    </message>
    <message>
        <source>criterion &quot;%1&quot; has no element &quot;%2&quot;</source>
        <translation>kriteerillä &quot;%1&quot; ei ole osatekijää &quot;%2&quot;</translation>
    </message>
    <message>
        <source>the element %1 of %2 is given twice</source>
        <translation>kriteerin %2 osatekijä %1 on annettu kahdesti</translation>
    </message>
    <message>
        <source>a finding is about unknown criterion &quot;%1&quot;</source>
        <translation>havainto koskee tuntematonta kriteeriä &quot;%1&quot;</translation>
    </message>
    <message>
        <source>finding %1 appears twice</source>
        <translation>havainto %1 esiintyy kahdesti</translation>
    </message>
    <message>
        <source>action %1 appears twice</source>
        <translation>toimenpide %1 esiintyy kahdesti</translation>
    </message>
    <message>
        <source>workbook %1 row %2</source>
        <translation>aineistotaulukko, taulukon %1 rivi %2</translation>
    </message>
    <message>
        <source>%1: the row %2 appears twice</source>
        <translation>%1: rivi %2 esiintyy kahdesti</translation>
    </message>
    <message>
        <source>%1: filled by reviewer %2, who is not in the review</source>
        <translation>%1: rivin on täyttänyt arvioija %2, joka ei ole mukana arvioinnissa</translation>
    </message>
    <message>
        <source>%1: the catalog declares no %2 field &quot;%3&quot;</source>
        <translation>%1: kriteeristössä ei ole määritelty taulukon %2 kenttää &quot;%3&quot;</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a valid %3 for &quot;%4&quot;</source>
        <translation>%1: &quot;%2&quot; ei ole kelvollinen arvo kentälle &quot;%4&quot; (tyyppi %3)</translation>
    </message>
    <message>
        <source>the workbook says its records were cleared, but it still holds record rows (%1)</source>
        <translation>aineistotaulukon mukaan asiakaskirjaukset on poistettu, mutta siinä on yhä asiakaskirjausrivejä (%1)</translation>
    </message>
</context>
<context>
    <name>RuleParser</name>
    <message>
        <source>unknown suggestion kind &quot;%1&quot; (expected descriptive, bands or elements)</source>
        <translation>tuntematon ehdotuksen laji &quot;%1&quot; (odotettiin descriptive, bands tai elements)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must say true or false when &quot;%2&quot; is given</source>
        <translation>&quot;%1&quot; on oltava true tai false, kun &quot;%2&quot; on annettu</translation>
    </message>
    <message>
        <source>unknown computation &quot;%1&quot; (expected ratio or percent)</source>
        <translation>tuntematon laskutapa &quot;%1&quot; (odotettiin ratio tai percent)</translation>
    </message>
    <message>
        <source>a numeric rule needs exactly two inputs (numerator and denominator), found %1</source>
        <translation>lukuihin perustuva sääntö tarvitsee täsmälleen kaksi syötettä (osoittaja ja nimittäjä), löytyi %1</translation>
    </message>
    <message>
        <source>%1, input %2</source>
        <translation>%1, syöte %2</translation>
    </message>
    <message>
        <source>%1, minimum</source>
        <translation>%1, vähimmäisarvo</translation>
    </message>
    <message>
        <source>%1, maximum</source>
        <translation>%1, enimmäisarvo</translation>
    </message>
    <message>
        <source>%1, band %2</source>
        <translation>%1, väli %2</translation>
    </message>
    <message>
        <source>rating %1 is outside the scale %2-%3</source>
        <translation>pistemäärä %1 on asteikon %2-%3 ulkopuolella</translation>
    </message>
    <message>
        <source>a counted rule needs at least one element</source>
        <translation>osatekijöihin perustuva sääntö tarvitsee vähintään yhden osatekijän</translation>
    </message>
    <message>
        <source>%1, element %2</source>
        <translation>%1, osatekijä %2</translation>
    </message>
    <message>
        <source>duplicate element key &quot;%1&quot;</source>
        <translation>osatekijän avain &quot;%1&quot; toistuu</translation>
    </message>
    <message>
        <source>&quot;ratingByCount&quot; needs one rating for each count from 0 to %1 (%2 values), found %3</source>
        <translation>&quot;ratingByCount&quot; tarvitsee yhden pistemäärän kullekin lukumäärälle 0–%1 (%2 arvoa), löytyi %3</translation>
    </message>
    <message>
        <source>&quot;ratingByCount&quot; for %1 elements must be a whole rating %2-%3</source>
        <translation>&quot;ratingByCount&quot;: osatekijämäärän %1 pistemäärän on oltava kokonaisluku %2-%3</translation>
    </message>
    <message>
        <source>&quot;ratingByCount&quot; must not fall as more elements are present (%1 elements give %2)</source>
        <translation>&quot;ratingByCount&quot; ei saa laskea toteutuvien osatekijöiden lisääntyessä (osatekijämäärä %1 antaa %2)</translation>
    </message>
    <message>
        <source>duplicate input key &quot;%1&quot;</source>
        <translation>syötteen avain &quot;%1&quot; toistuu</translation>
    </message>
    <message>
        <source>&quot;minimum&quot; %1 is above &quot;maximum&quot; %2</source>
        <translation>&quot;minimum&quot;-arvo %1 on suurempi kuin &quot;maximum&quot;-arvo %2</translation>
    </message>
</context>
<context>
    <name>SchemaCheck</name>
    <message>
        <source>reading the schema</source>
        <translation>skeeman lukeminen</translation>
    </message>
    <message>
        <source>building the schema</source>
        <translation>skeeman muodostaminen</translation>
    </message>
    <message>
        <source>the table &quot;%1&quot;</source>
        <translation>taulu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the index &quot;%1&quot; on %2</source>
        <translation>taulun %2 indeksi &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the trigger &quot;%1&quot; on %2</source>
        <translation>taulun %2 liipaisin &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the view &quot;%1&quot;</source>
        <translation>näkymä &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the %1 &quot;%2&quot;</source>
        <translation>%1 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 puuttuu</translation>
    </message>
    <message>
        <source>%1 is not as Laatu made it</source>
        <translation>%1 poikkeaa siitä, minkä Laatu loi</translation>
    </message>
    <message>
        <source>%1 was added</source>
        <translation>%1 on lisätty</translation>
    </message>
    <message>
        <source>reading the journal mode</source>
        <translation>journal-tilan lukeminen</translation>
    </message>
    <message>
        <source>the journal mode is &quot;%1&quot;, not &quot;wal&quot;</source>
        <translation>journal-tila on &quot;%1&quot;, ei &quot;wal&quot;</translation>
    </message>
    <message>
        <source>%1 is damaged or has been changed outside Laatu (%2). Laatu does not write to it: restore the newest backup (laatu-cli restore).</source>
        <translation>%1 on vioittunut tai sitä on muutettu Laatu-sovelluksen ulkopuolella (%2). Laatu ei kirjoita siihen: palauta uusin varmuuskopio (laatu-cli restore).</translation>
    </message>
</context>
<context>
    <name>SchemaMigrations</name>
    <message>
        <source>No upgrade step to database version %1.</source>
        <translation>Tietokantaversioon %1 ei ole päivitysvaihetta.</translation>
    </message>
    <message>
        <source>creating the database</source>
        <translation>tietokannan luominen</translation>
    </message>
    <message>
        <source>upgrading the database to version 2</source>
        <translation>tietokannan päivittäminen versioon 2</translation>
    </message>
    <message>
        <source>upgrading the database to version 3</source>
        <translation>tietokannan päivittäminen versioon 3</translation>
    </message>
    <message>
        <source>upgrading the database to version 4</source>
        <translation>tietokannan päivittäminen versioon 4</translation>
    </message>
    <message>
        <source>upgrading the database to version 5</source>
        <translation>tietokannan päivittäminen versioon 5</translation>
    </message>
</context>
<context>
    <name>ScoreCommand</name>
    <message>
        <source>Score ratings: total, mean, level and section subtotals.</source>
        <translation>Laskee tulokset: pisteet yhteensä, keskiarvo, taso ja osioiden välisummat.</translation>
    </message>
    <message>
        <source>Scores one set of ratings given in catalog order. With two or more --rater lists it also reports how far the reviewers agree.</source>
        <translation>Laskee tulokset yhdestä kriteeristön järjestyksessä annetusta pistesarjasta. Kun --rater-luetteloita on vähintään kaksi, kertoo myös, kuinka yksimielisiä arvioijat ovat.</translation>
    </message>
    <message>
        <source>The consensus ratings: one value per criterion in catalog order, separated by commas; 1-5 or - for not rated.</source>
        <translation>Konsensuspisteet: yksi arvo kriteeriä kohden kriteeristön järjestyksessä pilkuin erotettuina; 1-5 tai - pisteyttämättömälle.</translation>
    </message>
    <message>
        <source>One reviewer&apos;s own ratings in the same form; give it once per reviewer.</source>
        <translation>Yhden arvioijan omat pisteet samassa muodossa; anna kerran kutakin arvioijaa kohden.</translation>
    </message>
    <message>
        <source>Print the score card as JSON.</source>
        <translation>Tulostaa tuloskortin JSON-muodossa.</translation>
    </message>
    <message>
        <source>--ratings is required</source>
        <translation>--ratings on pakollinen</translation>
    </message>
    <message>
        <source>--ratings: %1</source>
        <translation>--ratings: %1</translation>
    </message>
    <message>
        <source>reviewer %1</source>
        <translation>arvioija %1</translation>
    </message>
    <message>
        <source>--rater %1: %2</source>
        <translation>--rater %1: %2</translation>
    </message>
    <message>
        <source>give --rater at least twice to compare reviewers</source>
        <translation>anna --rater vähintään kahdesti, jotta arvioijia voidaan verrata</translation>
    </message>
</context>
<context>
    <name>ServerAccess</name>
    <message>
        <source>The programme server as a libpq URI: postgresql://USER@HOST:5432/DATABASE?sslrootcert=CA.pem (TLS verify-full), or ?host=/socket/folder.</source>
        <translation>Ohjelman palvelin libpq-URI-muodossa: postgresql://USER@HOST:5432/DATABASE?sslrootcert=CA.pem (TLS verify-full) tai ?host=/socket/folder.</translation>
    </message>
    <message>
        <source>Allow an unverified connection (sslmode other than verify-full) to a test server on this machine.</source>
        <translation>Sallii varmentamattoman yhteyden (muu sslmode kuin verify-full) tällä koneella olevaan testipalvelimeen.</translation>
    </message>
    <message>
        <source>no programme server is configured: give --url postgresql://USER@HOST/DATABASE (nothing was connected)</source>
        <translation>ohjelman palvelinta ei ole määritetty: anna --url postgresql://USER@HOST/DATABASE (yhteyttä ei muodostettu)</translation>
    </message>
    <message>
        <source>Password for %1 on %2: </source>
        <translation>Käyttäjän %1 salasana palvelimella %2: </translation>
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
        <translation>&quot;%1&quot; ei ole PostgreSQL-yhteyden URI; kirjoita se muodossa postgresql://USER@HOST:5432/DATABASE</translation>
    </message>
    <message>
        <source>the URL holds a password; leave it out and give the password when asked (or in PGPASSWORD for scripts), so it is not kept in shell history</source>
        <translation>URL-osoitteessa on salasana; jätä se pois ja anna salasana kysyttäessä (tai skripteissä PGPASSWORD-muuttujassa), jotta se ei jää komentotulkin historiaan</translation>
    </message>
    <message>
        <source>the URL parameter %1 may not hold a &apos;;&apos;</source>
        <translation>URL-parametrissa %1 ei saa olla merkkiä &apos;;&apos;</translation>
    </message>
    <message>
        <source>the URL parameter &quot;%1&quot; is not one Laatu passes on (host, port, dbname, user, sslmode, sslrootcert, sslcrl, sslcert, sslkey, connect_timeout)</source>
        <translation>URL-parametri &quot;%1&quot; ei ole niitä, jotka Laatu välittää eteenpäin (host, port, dbname, user, sslmode, sslrootcert, sslcrl, sslcert, sslkey, connect_timeout)</translation>
    </message>
    <message>
        <source>the URL must name the host (or ?host=/socket/folder), the database and the user: postgresql://USER@HOST:5432/DATABASE</source>
        <translation>URL-osoitteessa on oltava isäntä (tai ?host=/socket/folder), tietokanta ja käyttäjä: postgresql://USER@HOST:5432/DATABASE</translation>
    </message>
    <message>
        <source>the port must be between 1 and 65535</source>
        <translation>portin on oltava väliltä 1–65535</translation>
    </message>
    <message>
        <source>connect_timeout must be between 1 and %1 seconds</source>
        <translation>connect_timeout-arvon on oltava 1–%1 sekuntia</translation>
    </message>
    <message>
        <source>sslmode &quot;%1&quot; is not one of %2</source>
        <translation>sslmode &quot;%1&quot; ei ole mikään seuraavista: %2</translation>
    </message>
    <message>
        <source>sslmode=%1 does not check that %2 is the programme&apos;s server; Laatu connects to a network host only with sslmode=verify-full (an unverified connection is possible only to a test server on this machine, when explicitly allowed)</source>
        <translation>sslmode=%1 ei tarkista, että %2 on ohjelman palvelin; Laatu muodostaa yhteyden verkossa olevaan palvelimeen vain asetuksella sslmode=verify-full (varmentamaton yhteys on mahdollinen vain tällä koneella olevaan testipalvelimeen ja vain, jos se on erikseen sallittu)</translation>
    </message>
    <message>
        <source>socket folder %1, port %2</source>
        <translation>socket-kansio %1, portti %2</translation>
    </message>
    <message>
        <source>%1 on %2, database %3 (sslmode=%4, connect_timeout=%5 s)</source>
        <translation>käyttäjä %1 osoitteessa %2, tietokanta %3 (sslmode=%4, connect_timeout=%5&#xa0;s)</translation>
    </message>
</context>
<context>
    <name>ServerCommand</name>
    <message>
        <source>Server: %1 as %2</source>
        <translation>Palvelin: %1 käyttäjänä %2</translation>
    </message>
    <message>
        <source>Schema version: %1 (this Laatu needs %2)</source>
        <translation>Skeeman versio: %1 (tämä Laatu tarvitsee version %2)</translation>
    </message>
    <message>
        <source>counting the snapshots</source>
        <translation>tilannevedosten laskeminen</translation>
    </message>
    <message>
        <source>Snapshots visible to this login: %1; conflicts: %2</source>
        <translation>Tälle käyttäjätunnukselle näkyviä tilannevedoksia: %1; ristiriitoja: %2</translation>
    </message>
    <message>
        <source>Final reviews never published: %1</source>
        <translation>Julkaisemattomia lopullisia arviointeja: %1</translation>
    </message>
    <message>
        <source>Never pulled.</source>
        <translation>Ei noudettu koskaan.</translation>
    </message>
    <message>
        <source>Last pull: %1 from %2, up to snapshot %3</source>
        <translation>Viimeisin nouto: %1 palvelimelta %2, tilannevedokseen %3 asti</translation>
    </message>
    <message>
        <source>The programme server: init, upgrade, status, add-user, assign, unassign.</source>
        <translation>Ohjelman palvelin: init, upgrade, status, add-user, assign, unassign.</translation>
    </message>
    <message>
        <source>init: create the programme&apos;s roles and schema (run by the administrator; safe to run again). upgrade: bring the schema to the version this Laatu knows. status: the server&apos;s schema version, what this laptop has pending and its conflicts. add-user, assign, unassign: see &apos;laatu-cli server add-user --help&apos;.</source>
        <translation>init: luo ohjelman roolit ja skeeman (ylläpitäjä ajaa; on turvallista ajaa uudelleen). upgrade: päivittää skeeman versioon, jonka tämä Laatu tuntee. status: palvelimen skeeman versio sekä tämän kannettavan odottavat julkaisut ja ristiriidat. add-user, assign, unassign: katso &apos;laatu-cli server add-user --help&apos;.</translation>
    </message>
    <message>
        <source>init, upgrade or status.</source>
        <translation>init, upgrade tai status.</translation>
    </message>
    <message>
        <source>expected one of init, upgrade, status, add-user, assign, unassign</source>
        <translation>odotettiin yhtä seuraavista: init, upgrade, status, add-user, assign, unassign</translation>
    </message>
</context>
<context>
    <name>ServerConnection</name>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed; on Debian install the package libqt6sql6-psql. Tried nothing.</source>
        <translation>Qt:n PostgreSQL-ajuria (QPSQL) ei ole asennettu; asenna Debianissa paketti libqt6sql6-psql. Yhteyttä ei yritetty.</translation>
    </message>
    <message>
        <source>connecting to %1</source>
        <translation>yhteyden muodostaminen (%1)</translation>
    </message>
    <message>
        <source>The programme server could not be reached. Tried %1: %2</source>
        <translation>Ohjelman palvelimeen ei saatu yhteyttä. Yritetty yhteys: %1: %2</translation>
    </message>
    <message>
        <source>setting up the connection</source>
        <translation>yhteyden valmistelu</translation>
    </message>
</context>
<context>
    <name>ServerSchema</name>
    <message>
        <source>reading the server&apos;s schema version</source>
        <translation>palvelimen skeeman version lukeminen</translation>
    </message>
    <message>
        <source>The server %1 has no Laatu programme schema (this Laatu needs version %2). The administrator sets it up with laatu-cli server init.</source>
        <translation>Palvelimella %1 ei ole ohjelman Laatu-skeemaa (tämä Laatu tarvitsee version %2). Ylläpitäjä luo sen komennolla laatu-cli server init.</translation>
    </message>
    <message>
        <source>The server&apos;s programme schema is version %1; this Laatu needs version %2. The administrator upgrades it with laatu-cli server upgrade.</source>
        <translation>Palvelimen ohjelmaskeeman versio on %1; tämä Laatu tarvitsee version %2. Ylläpitäjä päivittää sen komennolla laatu-cli server upgrade.</translation>
    </message>
    <message>
        <source>The server&apos;s programme schema is version %1, newer than this Laatu knows (it needs version %2): update Laatu before publishing or pulling.</source>
        <translation>Palvelimen ohjelmaskeeman versio on %1, joka on uudempi kuin tämä Laatu tuntee (se tarvitsee version %2): päivitä Laatu ennen julkaisemista tai noutamista.</translation>
    </message>
    <message>
        <source>creating the programme&apos;s roles and schema</source>
        <translation>ohjelman roolien ja skeeman luominen</translation>
    </message>
    <message>
        <source>roles laatu_owner (no login), laatu_reviewer, laatu_county_manager, laatu_programme_manager and schema laatu are in place</source>
        <translation>roolit laatu_owner (ei kirjautumista), laatu_reviewer, laatu_county_manager, laatu_programme_manager ja skeema laatu ovat valmiina</translation>
    </message>
    <message>
        <source>the programme schema is at version %1, nothing to do</source>
        <translation>ohjelmaskeema on jo versiossa %1, mitään ei tarvitse tehdä</translation>
    </message>
    <message>
        <source>upgrading the programme schema to version %1</source>
        <translation>ohjelmaskeeman päivittäminen versioon %1</translation>
    </message>
    <message>
        <source>programme schema upgraded to version %1</source>
        <translation>ohjelmaskeema päivitetty versioon %1</translation>
    </message>
</context>
<context>
    <name>ServerUserCommand</name>
    <message>
        <source>Add a person to the programme, or change their counties.</source>
        <translation>Lisää henkilö ohjelmaan tai muuta hänen hyvinvointialueitaan.</translation>
    </message>
    <message>
        <source>add-user NAME --role reviewer|county-manager|programme-manager [--county C]...: a login for one person, its password read from the terminal (or one line of standard input) and sent to the server only as a SCRAM verifier. assign NAME --county C...: more counties. unassign NAME --county C...: fewer.</source>
        <translation>add-user NAME --role reviewer|county-manager|programme-manager [--county C]...: yhden henkilön käyttäjätunnus; salasana luetaan päätteeltä (tai yhdeltä vakiosyötteen riviltä) ja lähetetään palvelimelle vain SCRAM-todentimena. assign NAME --county C...: lisää hyvinvointialueita. unassign NAME --county C...: vähemmän hyvinvointialueita.</translation>
    </message>
    <message>
        <source>add-user, assign or unassign.</source>
        <translation>add-user, assign tai unassign.</translation>
    </message>
    <message>
        <source>The person&apos;s login.</source>
        <translation>Henkilön käyttäjätunnus.</translation>
    </message>
    <message>
        <source>reviewer, county-manager or programme-manager.</source>
        <translation>reviewer, county-manager tai programme-manager.</translation>
    </message>
    <message>
        <source>A county the person publishes to or reads (repeatable).</source>
        <translation>Hyvinvointialue, jolle henkilö julkaisee tai jonka arviointeja hän lukee (voi toistaa).</translation>
    </message>
    <message>
        <source>expected the action and one login name</source>
        <translation>odotettiin toimintoa ja yhtä käyttäjätunnusta</translation>
    </message>
    <message>
        <source>--role must be reviewer, county-manager or programme-manager</source>
        <translation>--role on oltava reviewer, county-manager tai programme-manager</translation>
    </message>
    <message>
        <source>a reviewer or county manager needs --county</source>
        <translation>arvioija tai hyvinvointialueen vastaava tarvitsee valitsimen --county</translation>
    </message>
    <message>
        <source>--county is required</source>
        <translation>--county on pakollinen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a login: lower-case letters, digits and . _ - @, beginning with a letter</source>
        <translation>&quot;%1&quot; ei kelpaa käyttäjätunnukseksi: pienet kirjaimet, numerot ja . _ - @, alussa kirjain</translation>
    </message>
    <message>
        <source>Password for the new user %1: </source>
        <translation>Uuden käyttäjän %1 salasana: </translation>
    </message>
    <message>
        <source>the password must have at least 12 characters</source>
        <translation>salasanassa on oltava vähintään 12 merkkiä</translation>
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
        <translation>käyttäjän %1 lisääminen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a login: use lower-case letters, digits and . _ - @, beginning with a letter (not pg_ or laatu_)</source>
        <translation>&quot;%1&quot; ei kelpaa käyttäjätunnukseksi: käytä pieniä kirjaimia, numeroita ja merkkejä . _ - @ ja aloita kirjaimella (ei pg_ tai laatu_)</translation>
    </message>
    <message>
        <source>the password must have at least 12 characters</source>
        <translation>salasanassa on oltava vähintään 12 merkkiä</translation>
    </message>
    <message>
        <source>assigning counties to %1</source>
        <translation>hyvinvointialueiden liittäminen käyttäjään %1</translation>
    </message>
    <message>
        <source>taking counties from %1</source>
        <translation>hyvinvointialueiden poistaminen käyttäjältä %1</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Pikanäppäimet</translation>
    </message>
    <message>
        <source>Every command of the menus and of the criterion page, with its keys. In a menu or on a page, Alt and the underlined letter choose a command too.</source>
        <translation>Kaikki valikkojen ja kriteerisivun komennot näppäimineen. Valikossa tai sivulla komennon voi valita myös painamalla Alt-näppäintä ja alleviivattua kirjainta.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Pikanäppäimet</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Komento</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Näppäimet</translation>
    </message>
</context>
<context>
    <name>ShowCommand</name>
    <message>
        <source>Show one review: site, reviewers, ratings, score, findings, actions.</source>
        <translation>Näyttää yhden arvioinnin: toimipiste, arvioijat, pistemäärät, tulos, havainnot, toimenpiteet.</translation>
    </message>
    <message>
        <source>Shows one review, given by its number in &apos;list&apos; or its UUID.</source>
        <translation>Näyttää yhden arvioinnin, joka valitaan &apos;list&apos;-luettelon numerolla tai UUID-tunnuksella.</translation>
    </message>
    <message>
        <source>Review number or UUID.</source>
        <translation>Arvioinnin numero tai UUID.</translation>
    </message>
    <message>
        <source>Print the review and its score card as JSON.</source>
        <translation>Tulostaa arvioinnin ja sen tuloskortin JSON-muodossa.</translation>
    </message>
    <message>
        <source>expected one review number or UUID</source>
        <translation>odotettiin yhtä arvioinnin numeroa tai UUID-tunnusta</translation>
    </message>
    <message>
        <source>Review %1 (%2)</source>
        <translation>Arviointi %1 (%2)</translation>
    </message>
    <message>
        <source>Site: %1, %2, %3, %4</source>
        <translation>Toimipiste: %1, %2, %3, %4</translation>
    </message>
    <message>
        <source>Visit: %1 to %2, %3, %4</source>
        <translation>Käynti: %1–%2, %3, %4</translation>
    </message>
    <message>
        <source>Reviewers: %1</source>
        <translation>Arvioijat: %1</translation>
    </message>
    <message>
        <source>Catalog: %1 %2</source>
        <translation>Kriteeristö: %1 %2</translation>
    </message>
    <message>
        <source>Score: total %1 of %2, mean %3, level %4</source>
        <translation>Tulos: pisteet yhteensä %1/%2, keskiarvo %3, taso %4</translation>
    </message>
    <message>
        <source>action</source>
        <translation>toimenpide</translation>
    </message>
    <message>
        <source>plan day</source>
        <translation>ohjelman päivä</translation>
    </message>
</context>
<context>
    <name>SiteChangeCheck</name>
    <message>
        <source>site %1 (%2)</source>
        <translation>toimipiste %1 (%2)</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nimi</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisaatio</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>yksikkö</translation>
    </message>
    <message>
        <source>municipality</source>
        <translation>kunta</translation>
    </message>
    <message>
        <source>county</source>
        <translation>hyvinvointialue</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>arkistoitu</translation>
    </message>
    <message>
        <source>no longer archived</source>
        <translation>ei enää arkistoitu</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>it gives site %1 other details than %2 (%3); import them one at a time</source>
        <translation>se antaa toimipisteelle %1 eri tiedot kuin %2 (%3); tuo ne yksi kerrallaan</translation>
    </message>
    <message>
        <source>review %1 is here a review of %2; the file makes it a review of %3</source>
        <translation>arviointi %1 koskee täällä kohdetta %2, mutta tiedostossa kohdetta %3</translation>
    </message>
    <message>
        <source>%1, but the review is final here (reopen it first)</source>
        <translation>%1, mutta arviointi on täällä lopullinen (avaa se ensin uudelleen)</translation>
    </message>
    <message>
        <source>the file changes %1: %2</source>
        <translation>tiedosto muuttaa kohdetta %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1, but the site has %n final review(s) here, which lock its details (reopen them first, or change the site here)</source>
        <translation>
            <numerusform>%1, mutta toimipisteellä on täällä %n lopullinen arviointi, joka lukitsee sen tiedot (avaa arviointi ensin uudelleen tai muuta toimipistettä täällä)</numerusform>
            <numerusform>%1, mutta toimipisteellä on täällä %n lopullista arviointia, jotka lukitsevat sen tiedot (avaa ne ensin uudelleen tai muuta toimipistettä täällä)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SiteDialog</name>
    <message>
        <source>Site</source>
        <translation>Toimipiste</translation>
    </message>
    <message>
        <source>A site is one service that is reviewed: a unit of an organisation in a municipality of a wellbeing services county.</source>
        <translation>Toimipiste on yksi arvioitava palvelu: organisaation yksikkö hyvinvointialueen kunnassa.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nimi:</translation>
    </message>
    <message>
        <source>Site name</source>
        <translation>Toimipisteen nimi</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisaatio:</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisaatio</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Yksikkö:</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Yksikkö</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>&amp;Kunta:</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kunta</translation>
    </message>
    <message>
        <source>&amp;Wellbeing services county:</source>
        <translation>&amp;Hyvinvointialue:</translation>
    </message>
    <message>
        <source>Wellbeing services county</source>
        <translation>Hyvinvointialue</translation>
    </message>
    <message>
        <source>Choose a county</source>
        <translation>Valitse hyvinvointialue</translation>
    </message>
    <message>
        <source>Other &amp;county:</source>
        <translation>&amp;Muu hyvinvointialue:</translation>
    </message>
    <message>
        <source>Other county</source>
        <translation>Muu hyvinvointialue</translation>
    </message>
    <message>
        <source>The name as comparisons should show it</source>
        <translation>Nimi siinä muodossa kuin vertailujen tulee näyttää se</translation>
    </message>
</context>
<context>
    <name>SiteHistory</name>
    <message>
        <source>There is no site &quot;%1&quot;; &apos;laatu-cli list&apos; shows the sites of the reviews.</source>
        <translation>Toimipistettä &quot;%1&quot; ei ole; &apos;laatu-cli list&apos; näyttää arviointien toimipisteet.</translation>
    </message>
    <message>
        <source>Several sites are called &quot;%1&quot;; give the UUID of one: %2.</source>
        <translation>Useiden toimipisteiden nimi on &quot;%1&quot;; anna jonkin niistä UUID: %2.</translation>
    </message>
</context>
<context>
    <name>SiteRepository</name>
    <message>
        <source>listing the sites</source>
        <translation>toimipisteiden luetteleminen</translation>
    </message>
    <message>
        <source>saving the site %1</source>
        <translation>toimipisteen %1 tallentaminen</translation>
    </message>
    <message>
        <source>A site needs a name.</source>
        <translation>Toimipisteellä on oltava nimi.</translation>
    </message>
    <message>
        <source>reading the site %1</source>
        <translation>toimipisteen %1 lukeminen</translation>
    </message>
</context>
<context>
    <name>StorageError</name>
    <message>
        <source>The disk is full, so %1 did not happen. Free some disk space and try again; everything saved before is intact.</source>
        <translation>Levy on täynnä, joten %1 ei onnistunut. Vapauta levytilaa ja yritä uudelleen; kaikki aiemmin tallennettu on tallessa.</translation>
    </message>
    <message>
        <source>The database cannot be written (%1), so %2 did not happen.</source>
        <translation>Tietokantaan ei voi kirjoittaa (%1), joten %2 ei onnistunut.</translation>
    </message>
    <message>
        <source>The database is busy in another program, so %1 did not happen. Try again in a moment.</source>
        <translation>Tietokanta on varattuna toisessa ohjelmassa, joten %1 ei onnistunut. Yritä hetken kuluttua uudelleen.</translation>
    </message>
    <message>
        <source>The database file is damaged (%1). Laatu stopped writing to it: restore the newest backup (laatu-cli restore).</source>
        <translation>Tietokantatiedosto on vioittunut (%1). Laatu lopetti siihen kirjoittamisen: palauta uusin varmuuskopio (laatu-cli restore).</translation>
    </message>
    <message>
        <source>The disk reported an error while %1 (%2). Check the disk; everything saved before is intact.</source>
        <translation>Levy ilmoitti virheestä, kun kesken oli %1 (%2). Tarkista levy; kaikki aiemmin tallennettu on tallessa.</translation>
    </message>
    <message>
        <source>The data was refused while %1: %2.</source>
        <translation>Tiedot hylättiin, kun kesken oli %1: %2.</translation>
    </message>
    <message>
        <source>Database error while %1: %2.</source>
        <translation>Tietokantavirhe, kun kesken oli %1: %2.</translation>
    </message>
    <message>
        <source>There is no review %1 in the database.</source>
        <translation>Tietokannassa ei ole arviointia %1.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full (%2 KiB free): SQLite needs room beside the database even to read it. Free some disk space and try again; nothing was changed.</source>
        <translation>Levy, jolla %1 on, on täynnä (%2&#xa0;KiB vapaana): SQLite tarvitsee tilaa tietokannan rinnalla jo lukemiseen. Vapauta levytilaa ja yritä uudelleen; mitään ei muutettu.</translation>
    </message>
</context>
<context>
    <name>StoredValues</name>
    <message>
        <source>Review %1 has %2 %3 in the database, which is not one Laatu writes (%4): the file was changed outside Laatu. Run &apos;laatu-cli check&apos; and restore the newest backup (laatu-cli restore).</source>
        <translation>Tietokannassa arvioinnilla %1 on %2 %3, mikä ei ole mikään Laatu-sovelluksen kirjoittamista arvoista (%4): tiedostoa on muutettu Laatu-sovelluksen ulkopuolella. Suorita &apos;laatu-cli check&apos; ja palauta uusin varmuuskopio (laatu-cli restore).</translation>
    </message>
    <message>
        <source>the kind</source>
        <translation>laji</translation>
    </message>
    <message>
        <source>the status</source>
        <translation>tila</translation>
    </message>
    <message>
        <source>a finding of the kind</source>
        <translation>havainto, jonka laji on</translation>
    </message>
    <message>
        <source>an action with the status</source>
        <translation>toimenpide, jonka tila on</translation>
    </message>
</context>
<context>
    <name>SuggestCommand</name>
    <message>
        <source>Suggest the rating for a criterion from the evidence.</source>
        <translation>Ehdottaa kriteerin pistemäärää näytön perusteella.</translation>
    </message>
    <message>
        <source>Prints the rating the catalog suggests for a numeric or counted criterion.
VALUE is the number behind a numeric criterion (18, 6.5), or the two counts it is computed from as A/B (45/2.5 clients per full-time coach, 17/20 jobs for a share), or for a counted criterion the number of elements present.</source>
        <translation>Tulostaa pistemäärän, jota kriteeristö ehdottaa lukuihin tai osatekijöihin perustuvalle kriteerille.
VALUE on lukuihin perustuvan kriteerin luku (18, 6.5) tai kaksi lukua, joista se lasketaan, muodossa A/B (45/2.5 asiakasta kokoaikaista työhönvalmentajaa kohden, 17/20 työpaikkaa osuutta varten), tai osatekijöihin perustuvan kriteerin toteutuvien osatekijöiden määrä.</translation>
    </message>
    <message>
        <source>Criterion id, e.g. caseload.</source>
        <translation>Kriteerin tunnus, esim. caseload.</translation>
    </message>
    <message>
        <source>The evidence value.</source>
        <translation>Näytöstä saatu arvo.</translation>
    </message>
    <message>
        <source>expected a criterion id and a value</source>
        <translation>odotettiin kriteerin tunnusta ja arvoa</translation>
    </message>
    <message>
        <source>unknown criterion &quot;%1&quot;; see &apos;laatu-cli catalog&apos; for the ids</source>
        <translation>tuntematon kriteeri &quot;%1&quot;; tunnukset näet komennolla &apos;laatu-cli catalog&apos;</translation>
    </message>
    <message>
        <source>criterion &quot;%1&quot; is descriptive: the reviewers rate it against the anchors, there is no suggestion</source>
        <translation>kriteeri &quot;%1&quot; on kuvaileva: arvioijat pisteyttävät sen ankkurikuvausten perusteella, eikä ehdotusta ole</translation>
    </message>
    <message>
        <source>&quot;%1&quot; counts elements present: give a whole number from 0 to %2, not &quot;%3&quot;</source>
        <translation>&quot;%1&quot; laskee toteutuvat osatekijät: anna kokonaisluku väliltä 0–%2, ei &quot;%3&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number (or A/B with B not 0)</source>
        <translation>&quot;%1&quot; ei ole luku (eikä muotoa A/B, jossa B ei ole 0)</translation>
    </message>
    <message>
        <source>%1 is outside the range of &quot;%2&quot; (%3 to %4)</source>
        <translation>%1 ei ole suureen &quot;%2&quot; sallitulla välillä (%3–%4)</translation>
    </message>
</context>
<context>
    <name>TextRules</name>
    <message>
        <source>holds a lone surrogate (%1) at character %2, which is not valid text</source>
        <translation>sisältää parittoman surrogaattimerkin (%1) kohdassa %2, mikä ei ole kelvollista tekstiä</translation>
    </message>
    <message>
        <source>holds a line break (%1) at character %2; it must be one line</source>
        <translation>sisältää rivinvaihdon (%1) kohdassa %2; tekstin on oltava yksirivinen</translation>
    </message>
    <message>
        <source>holds the control character %1 at character %2</source>
        <translation>sisältää ohjausmerkin %1 kohdassa %2</translation>
    </message>
    <message>
        <source>holds the bidirectional control %1 at character %2, which would reorder the text shown around it</source>
        <translation>sisältää kirjoitussuunnan ohjausmerkin %1 kohdassa %2, mikä muuttaisi sen ympärillä näkyvän tekstin järjestystä</translation>
    </message>
    <message>
        <source>holds the noncharacter %1 at character %2</source>
        <translation>sisältää ei-merkin %1 kohdassa %2</translation>
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
        <translation>Järjestelmän kieli</translation>
    </message>
</context>
<context>
    <name>UserFileWriter</name>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>Tiedostoon %1 ei voi kirjoittaa: %2.</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2.</source>
        <translation>Tiedostoa %1 ei voitu tallentaa: %2.</translation>
    </message>
    <message>
        <source>%1 was written but reads back differently; the disk may be failing.</source>
        <translation>Tiedosto %1 kirjoitettiin, mutta takaisin luettu sisältö poikkeaa kirjoitetusta; levy saattaa olla vioittumassa.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link to %2; Laatu does not write through a link. Give the file itself (%2) if that is the one to replace.</source>
        <translation>%1 on symbolinen linkki kohteeseen %2; Laatu ei kirjoita linkin kautta. Anna itse tiedosto (%2), jos haluat korvata sen.</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name.</source>
        <translation>%1 on kansio; anna tiedostonimi.</translation>
    </message>
    <message>
        <source>%1 is not a regular file; give another file name.</source>
        <translation>%1 ei ole tavallinen tiedosto; anna toinen tiedostonimi.</translation>
    </message>
    <message>
        <source>the disk is full (%1 bytes free, %2 needed)</source>
        <translation>levy on täynnä (%1 tavua vapaana, %2 tarvitaan)</translation>
    </message>
    <message>
        <source>the system did not say why</source>
        <translation>järjestelmä ei kertonut syytä</translation>
    </message>
</context>
<context>
    <name>VisitDeclarationParser</name>
    <message>
        <source>provider %1</source>
        <translation>toimittaja %1</translation>
    </message>
    <message>
        <source>duplicate provider &quot;%1&quot;</source>
        <translation>toimittaja &quot;%1&quot; toistuu</translation>
    </message>
    <message>
        <source>workbook</source>
        <translation>aineistotaulukko</translation>
    </message>
    <message>
        <source>workbook, %1 field %2</source>
        <translation>aineistotaulukko, taulukon %1 kenttä %2</translation>
    </message>
    <message>
        <source>the field key &quot;%1&quot; may hold only a-z, 0-9 and single hyphens</source>
        <translation>kentän avaimessa &quot;%1&quot; saa olla vain merkkejä a-z ja 0-9 sekä yksittäisiä yhdysmerkkejä</translation>
    </message>
    <message>
        <source>duplicate %1 field &quot;%2&quot;</source>
        <translation>taulukon %1 kenttä &quot;%2&quot; toistuu</translation>
    </message>
    <message>
        <source>unknown field type &quot;%1&quot; (expected number, yesNo, date or text)</source>
        <translation>tuntematon kenttätyyppi &quot;%1&quot; (odotettiin number, yesNo, date tai text)</translation>
    </message>
    <message>
        <source>%1, prepare %2</source>
        <translation>%1, valmisteltava aineisto %2</translation>
    </message>
    <message>
        <source>unknown provider &quot;%1&quot;; declare it under &quot;providers&quot;</source>
        <translation>tuntematon toimittaja &quot;%1&quot;; määrittele se kohdassa &quot;providers&quot;</translation>
    </message>
    <message>
        <source>%1, figures</source>
        <translation>%1, luvut</translation>
    </message>
    <message>
        <source>figures are given, but the criterion&apos;s suggestion is not numeric: no rule uses them</source>
        <translation>luvut on annettu, mutta kriteerin ehdotus ei perustu lukuihin: mikään sääntö ei käytä niitä</translation>
    </message>
    <message>
        <source>the figure &quot;%1&quot; is not an input of the rule (its inputs: %2)</source>
        <translation>luku &quot;%1&quot; ei ole säännön syöte (säännön syötteet: %2)</translation>
    </message>
    <message>
        <source>the input &quot;%1&quot; has no figure; give figures for both inputs or for neither</source>
        <translation>syötteellä &quot;%1&quot; ei ole lukua; anna luvut joko molemmille syötteille tai ei kummallekaan</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>a figure is one computation, e.g. {&quot;sum&quot;: &quot;coaches.fte&quot;}</source>
        <translation>luku on yksi laskutoimitus, esim. {&quot;sum&quot;: &quot;coaches.fte&quot;}</translation>
    </message>
    <message>
        <source>unknown computation &quot;%1&quot; (expected sum, count, countYes, countDistinct or sumDays)</source>
        <translation>tuntematon laskutoimitus &quot;%1&quot; (odotettiin sum, count, countYes, countDistinct tai sumDays)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs two date fields, from and to</source>
        <translation>&quot;%1&quot; edellyttää kahta päivämääräkenttää: alku- ja loppupäivää</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs one field</source>
        <translation>&quot;%1&quot; edellyttää yhtä kenttää</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a %2 field, but %3 field &quot;%4&quot; is %5</source>
        <translation>&quot;%1&quot; edellyttää %2-tyyppistä kenttää, mutta taulukon %3 kenttä &quot;%4&quot; on tyyppiä %5</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a workbook field; write coaches.KEY or records.KEY</source>
        <translation>&quot;%1&quot; ei ole aineistotaulukon kenttä; kirjoita coaches.KEY tai records.KEY</translation>
    </message>
    <message>
        <source>the fields of one figure must come from one table</source>
        <translation>saman luvun kenttien on oltava samasta taulukosta</translation>
    </message>
    <message>
        <source>the workbook declares no %1 field &quot;%2&quot;</source>
        <translation>aineistotaulukossa ei ole määritelty taulukon %1 kenttää &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>VisitPlanJson</name>
    <message>
        <source>%1: &quot;items&quot; must be a list</source>
        <translation>%1: &quot;items&quot; on oltava luettelo</translation>
    </message>
    <message>
        <source>%1: more than %2 items</source>
        <translation>%1: yli %2 kohtaa</translation>
    </message>
    <message>
        <source>%1, item %2</source>
        <translation>%1, kohta %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>on oltava objekti</translation>
    </message>
    <message>
        <source>unknown member &quot;%1&quot;</source>
        <translation>tuntematon jäsen &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;day&quot; must be a whole number</source>
        <translation>&quot;day&quot; on oltava kokonaisluku</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a text</source>
        <translation>&quot;%1&quot; on oltava tekstiä</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is longer than %2 characters</source>
        <translation>&quot;%1&quot; on yli %2 merkkiä pitkä</translation>
    </message>
    <message>
        <source>&quot;start&quot; must be a time as HH:MM, not &quot;%1&quot;</source>
        <translation>&quot;start&quot; on oltava kellonaika muodossa HH:MM, ei &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;end&quot; must be a time as HH:MM or empty, not &quot;%1&quot;</source>
        <translation>&quot;end&quot; on oltava kellonaika muodossa HH:MM tai tyhjä, ei &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the UUID %1 is used by an earlier item</source>
        <translation>UUID-tunnus %1 on jo käytössä aiemmassa kohdassa</translation>
    </message>
    <message>
        <source>visit plan</source>
        <translation>käyntiohjelma</translation>
    </message>
    <message>
        <source>%1: must be an object</source>
        <translation>%1: on oltava objekti</translation>
    </message>
    <message>
        <source>%1: unknown member &quot;%2&quot;</source>
        <translation>%1: tuntematon jäsen &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>VisitPlanRules</name>
    <message>
        <source>visit plan, item %1</source>
        <translation>käyntiohjelma, kohta %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&quot;uuid&quot; must be a lower-case UUID</source>
        <translation>&quot;uuid&quot; on oltava pienin kirjaimin kirjoitettu UUID</translation>
    </message>
    <message>
        <source>the day must be a day of the visit from 1 to %1, not %2</source>
        <translation>päivän on oltava jokin käynnin päivistä 1–%1, ei %2</translation>
    </message>
    <message>
        <source>the start time must be a time of day as HH:MM (00:00 to 23:59)</source>
        <translation>alkamisajan on oltava kellonaika muodossa HH:MM (00:00–23:59)</translation>
    </message>
    <message>
        <source>the start time must be whole minutes</source>
        <translation>alkamisajan on oltava tasaminuutein</translation>
    </message>
    <message>
        <source>the end time %1 is not after the start time %2</source>
        <translation>päättymisaika %1 ei ole alkamisajan %2 jälkeen</translation>
    </message>
    <message>
        <source>the end time must be whole minutes</source>
        <translation>päättymisajan on oltava tasaminuutein</translation>
    </message>
    <message>
        <source>&quot;what&quot; must say what happens</source>
        <translation>&quot;Sisältö&quot;-kohdassa on kerrottava, mitä tapahtuu</translation>
    </message>
    <message>
        <source>visit plan: more than %1 items</source>
        <translation>käyntiohjelma: yli %1 kohtaa</translation>
    </message>
    <message>
        <source>%1: the UUID %2 is used by an earlier item</source>
        <translation>%1: UUID-tunnus %2 on jo käytössä aiemmassa kohdassa</translation>
    </message>
</context>
<context>
    <name>VisitPlanStore</name>
    <message>
        <source>Review %1 holds a damaged visit plan item %2. Run &apos;laatu-cli check&apos; and restore the newest backup (laatu-cli restore).</source>
        <translation>Arvioinnin %1 käyntiohjelmassa on vioittunut kohta %2. Suorita &apos;laatu-cli check&apos; ja palauta uusin varmuuskopio (laatu-cli restore).</translation>
    </message>
</context>
<context>
    <name>VisitPlanTemplate</name>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 ei ole olemassa</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 KiB; a visit plan template is a small file</source>
        <translation>%1 on suurempi kuin %2 KiB; käyntiohjelman pohja on pieni tiedosto</translation>
    </message>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation>virheellistä JSONia tavun %1 kohdalla: %2</translation>
    </message>
    <message>
        <source>not a visit plan template (&quot;format&quot; must be &quot;%1&quot;)</source>
        <translation>ei ole käyntiohjelman pohja (&quot;format&quot;-arvon on oltava &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>&quot;formatVersion&quot; must be %1</source>
        <translation>&quot;formatVersion&quot;-arvon on oltava %1</translation>
    </message>
    <message>
        <source>&quot;language&quot; must be a text such as &quot;fi&quot;</source>
        <translation>&quot;language&quot; on oltava teksti, esimerkiksi &quot;fi&quot;</translation>
    </message>
    <message>
        <source>visit plan template</source>
        <translation>käyntiohjelman pohja</translation>
    </message>
    <message>
        <source>the template has no items</source>
        <translation>pohjassa ei ole yhtään kohtaa</translation>
    </message>
</context>
<context>
    <name>WorkbookCommand</name>
    <message>
        <source>typed</source>
        <translation>syötetty käsin</translation>
    </message>
    <message>
        <source>computed</source>
        <translation>laskettu</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>puuttuu</translation>
    </message>
    <message>
        <source>Show a review&apos;s evidence workbook: the figures it gives, or its rows as CSV.</source>
        <translation>Näyttää arvioinnin aineistotaulukon: siitä saatavat luvut tai sen rivit CSV-muodossa.</translation>
    </message>
    <message>
        <source>Shows the figures the evidence workbook of one review gives each numeric criterion (typed figures win and are marked), or with --csv its coach and record rows.</source>
        <translation>Näyttää luvut, jotka yhden arvioinnin aineistotaulukosta saadaan kullekin lukuihin perustuvalle kriteerille (käsin syötetyt luvut ovat etusijalla, ja ne merkitään), tai valitsimella --csv aineistotaulukon työhönvalmentaja- ja asiakaskirjausrivit.</translation>
    </message>
    <message>
        <source>Review number or UUID.</source>
        <translation>Arvioinnin numero tai UUID.</translation>
    </message>
    <message>
        <source>Print the workbook&apos;s rows as CSV.</source>
        <translation>Tulostaa aineistotaulukon rivit CSV-muodossa.</translation>
    </message>
    <message>
        <source>expected one review number or UUID</source>
        <translation>odotettiin yhtä arvioinnin numeroa tai UUID-tunnusta</translation>
    </message>
    <message>
        <source>Workbook of review %1: %2 coaches, %3 records</source>
        <translation>Arvioinnin %1 aineistotaulukko: työhönvalmentajia %2, asiakaskirjauksia %3</translation>
    </message>
    <message>
        <source> (the records were cleared)</source>
        <translation> (asiakaskirjaukset on poistettu)</translation>
    </message>
    <message>
        <source>; computed from %1</source>
        <translation>; laskettu aineistotaulukosta: %1</translation>
    </message>
    <message>
        <source>Clear the record rows of a final review: the figures they gave are kept as typed figures, and the audit log says so.</source>
        <translation>Poistaa lopullisen arvioinnin asiakaskirjausrivit: niistä lasketut luvut säilytetään käsin syötettyinä, ja poisto kirjataan muutoslokiin.</translation>
    </message>
    <message>
        <source>--clear-records and --csv cannot be combined</source>
        <translation>--clear-records ja --csv eivät käy yhdessä</translation>
    </message>
    <message>
        <source>Cleared %1 record rows of review %2; the figures they gave are kept.</source>
        <translation>Arvioinnista %2 poistettiin %1 asiakaskirjausriviä; niistä lasketut luvut säilytettiin.</translation>
    </message>
</context>
<context>
    <name>WorkbookFigure</name>
    <message>
        <source>coach %1</source>
        <translation>työhönvalmentaja %1</translation>
    </message>
    <message>
        <source>record %1</source>
        <translation>asiakaskirjaus %1</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number of zero or more</source>
        <translation>%1: &quot;%2&quot; ei ole nolla tai sitä suurempi luku</translation>
    </message>
    <message>
        <source>%1: a date is not a valid day</source>
        <translation>%1: päivämäärä ei ole kelvollinen päivä</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is before &quot;%3&quot;</source>
        <translation>%1: &quot;%2&quot; on aikaisempi kuin &quot;%3&quot;</translation>
    </message>
    <message>
        <source>the sum is too large to compute exactly</source>
        <translation>summa on liian suuri laskettavaksi tarkasti</translation>
    </message>
</context>
<context>
    <name>WorkbookJson</name>
    <message>
        <source>workbook: &quot;%1&quot; must be a list</source>
        <translation>aineistotaulukko: &quot;%1&quot; on oltava luettelo</translation>
    </message>
    <message>
        <source>workbook: &quot;%1&quot; has more than %2 rows</source>
        <translation>aineistotaulukko: &quot;%1&quot; sisältää yli %2 riviä</translation>
    </message>
    <message>
        <source>workbook, %1: %2</source>
        <translation>aineistotaulukko, %1: %2</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>on oltava objekti</translation>
    </message>
    <message>
        <source>&quot;uuid&quot; must be a lower-case UUID</source>
        <translation>&quot;uuid&quot; on oltava pienin kirjaimin kirjoitettu UUID</translation>
    </message>
    <message>
        <source>&quot;code&quot; must be a non-empty text</source>
        <translation>&quot;code&quot; on oltava ei-tyhjä teksti</translation>
    </message>
    <message>
        <source>&quot;rater&quot; must be a reviewer&apos;s UUID</source>
        <translation>&quot;rater&quot; on oltava arvioijan UUID</translation>
    </message>
    <message>
        <source>&quot;values&quot; must be an object of texts</source>
        <translation>&quot;values&quot; on oltava objekti, jonka arvot ovat tekstejä</translation>
    </message>
    <message>
        <source>the value of &quot;%1&quot; must be a non-empty text</source>
        <translation>kentän &quot;%1&quot; arvon on oltava ei-tyhjä teksti</translation>
    </message>
    <message>
        <source>workbook: must be an object</source>
        <translation>aineistotaulukko: on oltava objekti</translation>
    </message>
    <message>
        <source>coach</source>
        <translation>työhönvalmentaja</translation>
    </message>
    <message>
        <source>record</source>
        <translation>asiakaskirjaus</translation>
    </message>
    <message>
        <source>workbook: &quot;recordsCleared&quot; must be true or false</source>
        <translation>aineistotaulukko: &quot;recordsCleared&quot; on oltava true tai false</translation>
    </message>
</context>
<context>
    <name>WorkbookMerger</name>
    <message>
        <source>the file&apos;s record row &quot;%1&quot; (%2) is a coach row here (&quot;%3&quot;); a row cannot move between the coaches and the records</source>
        <translation>tiedoston asiakaskirjausrivi &quot;%1&quot; (%2) on tässä työhönvalmentajarivi (&quot;%3&quot;); rivi ei voi siirtyä työhönvalmentajien ja asiakaskirjausten välillä</translation>
    </message>
    <message>
        <source>the file&apos;s coach row &quot;%1&quot; (%2) is a record row here (&quot;%3&quot;); a row cannot move between the coaches and the records</source>
        <translation>tiedoston työhönvalmentajarivi &quot;%1&quot; (%2) on tässä asiakaskirjausrivi (&quot;%3&quot;); rivi ei voi siirtyä työhönvalmentajien ja asiakaskirjausten välillä</translation>
    </message>
</context>
<context>
    <name>WorkbookStore</name>
    <message>
        <source>Review %1 holds a damaged workbook row %2. Run &apos;laatu-cli check&apos; and restore the newest backup (laatu-cli restore).</source>
        <translation>Arvioinnin %1 aineistotaulukossa on vioittunut rivi %2. Suorita &apos;laatu-cli check&apos; ja palauta uusin varmuuskopio (laatu-cli restore).</translation>
    </message>
</context>
<context>
    <name>WriterLock</name>
    <message>
        <source>%1 on %2 (process %3) has it open for writing</source>
        <translation>%1 koneella %2 (prosessi %3) on avannut sen kirjoitettavaksi</translation>
    </message>
    <message>
        <source>another program is opening it for writing</source>
        <translation>toinen ohjelma on avaamassa sitä kirjoitettavaksi</translation>
    </message>
    <message>
        <source>the folder %1 cannot be written</source>
        <translation>kansioon %1 ei voi kirjoittaa</translation>
    </message>
</context>
<context>
    <name>laatu-cli</name>
    <message>
        <source>Use the criteria catalog in &lt;file&gt; instead of the built-in one.</source>
        <translation>Käyttää tiedoston &lt;file&gt; kriteeristöä sisäänrakennetun sijaan.</translation>
    </message>
    <message>
        <source>laatu-cli: the catalog %1 is not valid:</source>
        <translation>laatu-cli: kriteeristö %1 ei ole kelvollinen:</translation>
    </message>
    <message>
        <source>Usage: laatu-cli [--help] [--version] &lt;command&gt; [options]

Laatu: IPS fidelity reviews against the 25 quality criteria.

Commands:
</source>
        <translation>Käyttö: laatu-cli [--help] [--version] &lt;command&gt; [options]

Laatu: IPS-työhönvalmennuksen menetelmällisen tarkkuuden arviointi 25 laatukriteerin avulla.

Komennot:
</translation>
    </message>
    <message>
        <source>laatu-cli: no command given</source>
        <translation>laatu-cli: komentoa ei annettu</translation>
    </message>
    <message>
        <source>laatu-cli: unknown command &quot;%1&quot;</source>
        <translation>laatu-cli: tuntematon komento &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Try &apos;laatu-cli --help&apos;.</source>
        <translation>Kokeile komentoa &apos;laatu-cli --help&apos;.</translation>
    </message>
    <message>
        <source>The database file (default: %1).</source>
        <translation>Tietokantatiedosto (oletus: %1).</translation>
    </message>
    <message>
        <source>laatu-cli %1: the database is read-only: %2.</source>
        <translation>laatu-cli %1: tietokanta on vain luku -tilassa: %2.</translation>
    </message>
    <message>
        <source>laatu-cli %1: %2</source>
        <translation>laatu-cli %1: %2</translation>
    </message>
    <message>
        <source>%1 is damaged (%2); nothing was changed. Run laatu-cli check --db &quot;%1&quot; for a full report and restore the newest backup (laatu-cli restore).</source>
        <translation>%1 on vioittunut (%2); mitään ei muutettu. Saat täyden raportin komennolla laatu-cli check --db &quot;%1&quot;; palauta sitten uusin varmuuskopio (laatu-cli restore).</translation>
    </message>
    <message>
        <source>Only this laptop&apos;s own reviews, not those pulled from the programme.</source>
        <translation>Vain tämän kannettavan omat arvioinnit, ei ohjelmasta noudettuja.</translation>
    </message>
    <message>
        <source>
&apos;laatu-cli &lt;command&gt; --help&apos; describes a command.

Exit codes: 0 ok, 2 wrong usage, 3 bad input or output file (or a conflict or a refused review), 4 database or server problem, 5 merged with conflicts, 6 programme server unreachable.
</source>
        <translation>
&apos;laatu-cli &lt;command&gt; --help&apos; kuvaa komennon.

Paluukoodit: 0 onnistui, 2 väärä käyttö, 3 virheellinen syöte- tai tulostiedosto (tai ristiriita tai hylätty arviointi), 4 tietokanta- tai palvelinongelma, 5 yhdistetty, ristiriitoja löytyi, 6 ohjelman palvelimeen ei saatu yhteyttä.
</translation>
    </message>
</context>
<context>
    <name>laatu::ScoreCard</name>
    <message>
        <source>rating for unknown criterion &quot;%1&quot;</source>
        <translation>pistemäärä tuntemattomalle kriteerille &quot;%1&quot;</translation>
    </message>
    <message>
        <source>rating %1 of &quot;%2&quot; is outside the scale %3-%4</source>
        <translation>kriteerin &quot;%2&quot; pistemäärä %1 on asteikon %3-%4 ulkopuolella</translation>
    </message>
</context>
<context>
    <name>laatu::gui::ActionPlanTable</name>
    <message>
        <source>What</source>
        <translation>Mitä</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Vastuuhenkilö</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Määräaika</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Toimenpidesuunnitelma</translation>
    </message>
    <message>
        <source>Status of &quot;%1&quot;</source>
        <translation>Kohteen &quot;%1&quot; tila</translation>
    </message>
    <message>
        <source>New action: type what is to be done, then Tab to who, by when and status. It is saved once it has a text.</source>
        <translation>Uusi toimenpide: kirjoita, mitä tehdään, ja siirry sitten sarkaimella vastuuhenkilöön, määräaikaan ja tilaan. Toimenpide tallennetaan, kun sillä on teksti.</translation>
    </message>
    <message>
        <source>Choose the action to remove first</source>
        <translation>Valitse ensin poistettava toimenpide</translation>
    </message>
    <message>
        <source>The new action was not saved</source>
        <translation>Uutta toimenpidettä ei tallennettu</translation>
    </message>
    <message>
        <source>An action needs a text: the stored one is kept</source>
        <translation>Toimenpiteellä on oltava teksti: tallennettu teksti säilytetään</translation>
    </message>
    <message>
        <source>The new action had no text and was not saved</source>
        <translation>Uudella toimenpiteellä ei ollut tekstiä, joten sitä ei tallennettu</translation>
    </message>
</context>
<context>
    <name>laatu::gui::AnalysisActions</name>
    <message>
        <source>Site History – Laatu</source>
        <translation>Toimipisteen historia – Laatu</translation>
    </message>
    <message>
        <source>County Comparison – Laatu</source>
        <translation>Hyvinvointialueen vertailu – Laatu</translation>
    </message>
</context>
<context>
    <name>laatu::gui::AnchorCard</name>
    <message>
        <source>Rating %1</source>
        <translation>Pistemäärä %1</translation>
    </message>
    <message>
        <source>Rate %1 (key %1)</source>
        <translation>Anna pistemäärä %1 (näppäin %1)</translation>
    </message>
</context>
<context>
    <name>laatu::gui::AuditLogDialog</name>
    <message>
        <source>%1: nothing logged yet. The log records finalising, reopening with its reason, revealing the sheets, and every change after a reopening.</source>
        <translation>%1: lokiin ei ole vielä kirjattu mitään. Lokiin kirjataan viimeistely, uudelleen avaaminen syineen, pistemäärien paljastaminen ja jokainen uudelleen avaamisen jälkeinen muutos.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n logged step(s), oldest first.</source>
        <translation>
            <numerusform>%1: %n kirjattu tapahtuma, vanhin ensin.</numerusform>
            <numerusform>%1: %n kirjattua tapahtumaa, vanhin ensin.</numerusform>
        </translation>
    </message>
    <message>
        <source>Finalised</source>
        <translation>Viimeistelty</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Avattu uudelleen</translation>
    </message>
    <message>
        <source>Sheets revealed</source>
        <translation>Pistemäärät paljastettu</translation>
    </message>
    <message>
        <source>Consensus rating changed</source>
        <translation>Konsensuspistemäärä muutettu</translation>
    </message>
    <message>
        <source>Reviewer&apos;s rating changed</source>
        <translation>Arvioijan pistemäärä muutettu</translation>
    </message>
    <message>
        <source>Note changed</source>
        <translation>Muistiinpano muutettu</translation>
    </message>
    <message>
        <source>Figure changed</source>
        <translation>Lukuarvo muutettu</translation>
    </message>
    <message>
        <source>Checklist changed</source>
        <translation>Tarkistuslista muutettu</translation>
    </message>
    <message>
        <source>Finding saved</source>
        <translation>Havainto tallennettu</translation>
    </message>
    <message>
        <source>Finding removed</source>
        <translation>Havainto poistettu</translation>
    </message>
    <message>
        <source>Action saved</source>
        <translation>Toimenpide tallennettu</translation>
    </message>
    <message>
        <source>Action removed</source>
        <translation>Toimenpide poistettu</translation>
    </message>
</context>
<context>
    <name>laatu::gui::CatalogActions</name>
    <message>
        <source>Open Criteria Catalog</source>
        <translation>Avaa kriteeristö</translation>
    </message>
    <message>
        <source>Laatu catalogs (*.json);;All files (*)</source>
        <translation>Laatu-kriteeristöt (*.json);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>Catalog Not Loaded</source>
        <translation>Kriteeristöä ei ladattu</translation>
    </message>
    <message>
        <source>%1 is not a valid criteria catalog, so the current catalog stays in use.

Problems found:
%2</source>
        <translation>%1 ei ole kelvollinen kriteeristö, joten nykyinen kriteeristö pysyy käytössä.

Löydetyt ongelmat:
%2</translation>
    </message>
</context>
<context>
    <name>laatu::gui::ComparisonFilterBar</name>
    <message>
        <source>&amp;County:</source>
        <translation>&amp;Hyvinvointialue:</translation>
    </message>
    <message>
        <source>Wellbeing services county</source>
        <translation>Hyvinvointialue</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Alku:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Loppu:</translation>
    </message>
    <message>
        <source>any time</source>
        <translation>milloin tahansa</translation>
    </message>
    <message>
        <source>Visits from</source>
        <translation>Käynnit alkaen</translation>
    </message>
    <message>
        <source>Visits until</source>
        <translation>Käynnit asti</translation>
    </message>
    <message>
        <source>&amp;Latest final review per site</source>
        <translation>&amp;Viimeisin lopullinen arviointi toimipisteittäin</translation>
    </message>
    <message>
        <source>Include &amp;self-assessments</source>
        <translation>Ota mukaan &amp;itsearvioinnit</translation>
    </message>
    <message>
        <source>All re&amp;views</source>
        <translation>&amp;Kaikki arvioinnit</translation>
    </message>
</context>
<context>
    <name>laatu::gui::ComparisonTableModel</name>
    <message>
        <source>Incomplete</source>
        <translation>Kesken</translation>
    </message>
    <message>
        <source>%1 – %2. %3: %4</source>
        <translation>%1 – %2. %3: %4</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>ei pisteytetty</translation>
    </message>
    <message>
        <source>Criterion %1, %2</source>
        <translation>Kriteeri %1, %2</translation>
    </message>
    <message>
        <source>%1, %2 (%3)</source>
        <translation>%1, %2 (%3)</translation>
    </message>
    <message>
        <source>%1 of %2 criteria rated: no total until all are</source>
        <translation>%1/%2 kriteeriä pisteytetty: pisteet yhteensä vasta, kun kaikki on pisteytetty</translation>
    </message>
    <message>
        <source>%1. %2 – county mean %3</source>
        <translation>%1. %2 – hyvinvointialueen keskiarvo %3</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Criterion %1: %2</source>
        <translation>Kriteeri %1: %2</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Toimipiste</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Käynti</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Pisteet</translation>
    </message>
    <message>
        <source>Mean rating of the criteria</source>
        <translation>Kriteerien pistemäärien keskiarvo</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Keskiarvo</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Taso</translation>
    </message>
</context>
<context>
    <name>laatu::gui::ConnectionTestRunner</name>
    <message>
        <source>Connected to %1 as %2; the programme schema is version %3.</source>
        <translation>Yhdistetty kohteeseen %1 käyttäjänä %2; ohjelmaskeeman versio on %3.</translation>
    </message>
</context>
<context>
    <name>laatu::gui::ConsensusView</name>
    <message>
        <source>&amp;Use Agreed Ratings</source>
        <translation>Käytä &amp;yhteneviä pistemääriä</translation>
    </message>
    <message>
        <source>Sets the consensus wherever every reviewer gave the same rating and no consensus is set yet.</source>
        <translation>Asettaa konsensuksen kaikkiin kriteereihin, joissa kaikki arvioijat antoivat saman pistemäärän eikä konsensusta ole vielä asetettu.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nro</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriteeri</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Ero</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>Konsensus</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Perustelu</translation>
    </message>
    <message>
        <source>Ratings side by side</source>
        <translation>Pistemäärät rinnakkain</translation>
    </message>
    <message>
        <source>The reviewers differ by %1: the consensus needs a written reason.</source>
        <translation>Arvioijien pistemäärät eroavat %1 pisteellä: konsensus tarvitsee kirjallisen perustelun.</translation>
    </message>
    <message>
        <source>The reviewers differ by 1.</source>
        <translation>Arvioijien pistemäärät eroavat 1 pisteellä.</translation>
    </message>
    <message>
        <source>Type 1–5; empty clears</source>
        <translation>Kirjoita 1–5; tyhjä poistaa</translation>
    </message>
    <message>
        <source>Reason needed before the review can be final</source>
        <translation>Perustelu tarvitaan, ennen kuin arviointi voi olla lopullinen</translation>
    </message>
    <message>
        <source>Agreement over %1 criteria both reviewers rated: exact %2 (%3), within one point %4 (%5), 2 or more apart %6%7.</source>
        <translation>Yksimielisyys niissä %1 kriteerissä, jotka molemmat arvioijat pisteyttivät: sama pistemäärä %2 (%3), enintään yhden pisteen ero %4 (%5), vähintään 2 pisteen ero %6%7.</translation>
    </message>
    <message>
        <source> (criteria %1)</source>
        <translation> (kriteerit %1)</translation>
    </message>
    <message>
        <source>Weighted kappa %1.</source>
        <translation>Painotettu kappa %1.</translation>
    </message>
    <message>
        <source>Agreement figures need two or more reviewers.</source>
        <translation>Yksimielisyysluvut edellyttävät vähintään kahta arvioijaa.</translation>
    </message>
    <message>
        <source>Agreement figures appear once the reviewers have rated the same criteria.</source>
        <translation>Yksimielisyysluvut näkyvät, kun arvioijat ovat pisteyttäneet samat kriteerit.</translation>
    </message>
    <message>
        <source>Write the reason for the consensus on criteria %1 before the review can be final.</source>
        <translation>Kirjoita konsensuksen perustelu kriteereille %1, ennen kuin arviointi voi olla lopullinen.</translation>
    </message>
    <message>
        <source>Use agreed ratings</source>
        <translation>Käytä yhteneviä pistemääriä</translation>
    </message>
    <message>
        <source>Every reviewer has rated every criterion. Reveal the sheets to compare them and agree the consensus.</source>
        <translation>Kaikki arvioijat ovat pisteyttäneet kaikki kriteerit. Paljasta pistemäärät, niin voitte verrata niitä ja sopia konsensuksesta.</translation>
    </message>
    <message>
        <source>The reviewers are rating independently: each sees only their own ratings until the sheets are revealed. Reveal them when everyone has rated every criterion.</source>
        <translation>Arvioijat pisteyttävät itsenäisesti: kukin näkee vain omat pistemääränsä, kunnes pistemäärät paljastetaan. Paljasta ne, kun kaikki ovat pisteyttäneet kaikki kriteerit.</translation>
    </message>
    <message>
        <source>Re&amp;veal the Sheets…</source>
        <translation>&amp;Paljasta pistemäärät…</translation>
    </message>
</context>
<context>
    <name>laatu::gui::CountyComparisonView</name>
    <message>
        <source>Export CS&amp;V…</source>
        <translation>Vie &amp;CSV…</translation>
    </message>
    <message>
        <source>Saves the table, in the order shown, for a spreadsheet.</source>
        <translation>Tallentaa taulukon näytetyssä järjestyksessä taulukkolaskentaa varten.</translation>
    </message>
    <message>
        <source>Export C&amp;hart…</source>
        <translation>Vie kaavi&amp;o…</translation>
    </message>
    <message>
        <source>Saves the totals chart as a PNG or SVG image.</source>
        <translation>Tallentaa pisteet yhteensä -kaavion PNG- tai SVG-kuvana.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Tulosta…</translation>
    </message>
    <message>
        <source>Sites by criterion</source>
        <translation>Toimipisteet kriteereittäin</translation>
    </message>
    <message>
        <source>One row per site, one column per criterion rated 1 to 5, then total, mean and level. Click a column header to sort.</source>
        <translation>Yksi rivi kutakin toimipistettä ja yksi sarake kutakin asteikolla 1–5 pisteytettyä kriteeriä kohden, sitten pisteet yhteensä, keskiarvo ja taso. Lajittele napsauttamalla sarakeotsikkoa.</translation>
    </message>
    <message>
        <source>Totals by site</source>
        <translation>Pisteet yhteensä toimipisteittäin</translation>
    </message>
    <message>
        <source>Weakest criteria across the county</source>
        <translation>Hyvinvointialueen heikoimmat kriteerit</translation>
    </message>
    <message>
        <source>Ratings:</source>
        <translation>Pistemäärät:</translation>
    </message>
    <message>
        <source>Hover over a column number for the criterion and its county mean.</source>
        <translation>Näet kriteerin ja sen hyvinvointialueen keskiarvon viemällä osoittimen sarakkeen numeron päälle.</translation>
    </message>
    <message>
        <source>County Comparison</source>
        <translation>Hyvinvointialueen vertailu</translation>
    </message>
    <message>
        <source>Totals by site: %1</source>
        <translation>Pisteet yhteensä toimipisteittäin: %1</translation>
    </message>
    <message>
        <source>County comparison: %1</source>
        <translation>Hyvinvointialueen vertailu: %1</translation>
    </message>
    <message>
        <source>latest final review per site</source>
        <translation>viimeisin lopullinen arviointi toimipisteittäin</translation>
    </message>
    <message>
        <source>all reviews</source>
        <translation>kaikki arvioinnit</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Vie CSV</translation>
    </message>
    <message>
        <source>comparison-%1.csv</source>
        <translation>vertailu-%1.csv</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV-tiedosto (*.csv)</translation>
    </message>
    <message>
        <source>CSV Not Saved</source>
        <translation>CSV-tiedostoa ei tallennettu</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Vie kaavio</translation>
    </message>
    <message>
        <source>totals-%1.png</source>
        <translation>pisteet-%1.png</translation>
    </message>
    <message>
        <source>Chart Not Saved</source>
        <translation>Kaaviota ei tallennettu</translation>
    </message>
    <message>
        <source>Not Printed</source>
        <translation>Ei tulostettu</translation>
    </message>
    <message>
        <source>The printer could not be started. Check the printer and try again.</source>
        <translation>Tulostinta ei voitu käynnistää. Tarkista tulostin ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>Totals chart, scrollable</source>
        <translation>Pisteet yhteensä -kaavio, vieritettävä</translation>
    </message>
</context>
<context>
    <name>laatu::gui::CriterionChangesPanel</name>
    <message>
        <source>F&amp;rom:</source>
        <translation>&amp;Aiempi:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Uudempi:</translation>
    </message>
    <message>
        <source>Earlier review</source>
        <translation>Aiempi arviointi</translation>
    </message>
    <message>
        <source>Later review</source>
        <translation>Myöhempi arviointi</translation>
    </message>
    <message>
        <source>%1 – total %2</source>
        <translation>%1 – pisteet yhteensä %2</translation>
    </message>
    <message>
        <source>%1 – incomplete</source>
        <translation>%1 – kesken</translation>
    </message>
    <message>
        <source>Changes show once the site has two reviews.</source>
        <translation>Muutokset näkyvät, kun toimipisteellä on kaksi arviointia.</translation>
    </message>
    <message>
        <source>Choose two different reviews to compare.</source>
        <translation>Valitse vertailtavaksi kaksi eri arviointia.</translation>
    </message>
    <message>
        <source>%1 criteria better, %2 worse, %3 unchanged.</source>
        <translation>Parantuneita kriteerejä %1, heikentyneitä %2, ennallaan %3.</translation>
    </message>
</context>
<context>
    <name>laatu::gui::CriterionChangesTable</name>
    <message>
        <source>Changes per criterion</source>
        <translation>Muutokset kriteereittäin</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nro</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriteeri</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Aiempi</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Uudempi</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Muutos</translation>
    </message>
    <message>
        <source>▲ +%1</source>
        <translation>▲ +%1</translation>
    </message>
    <message numerus="yes">
        <source>Improved by %n point(s)</source>
        <translation>
            <numerusform>Parani %n pisteellä</numerusform>
            <numerusform>Parani %n pisteellä</numerusform>
        </translation>
    </message>
    <message>
        <source>▼ −%1</source>
        <translation>▼ −%1</translation>
    </message>
    <message numerus="yes">
        <source>Fell by %n point(s)</source>
        <translation>
            <numerusform>Laski %n pisteellä</numerusform>
            <numerusform>Laski %n pisteellä</numerusform>
        </translation>
    </message>
    <message>
        <source>=</source>
        <translation>=</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Ennallaan</translation>
    </message>
</context>
<context>
    <name>laatu::gui::CriterionNavigator</name>
    <message>
        <source>Criteria of the review</source>
        <translation>Arvioinnin kriteerit</translation>
    </message>
    <message>
        <source>rated %1</source>
        <translation>pisteytetty %1</translation>
    </message>
    <message>
        <source>unrated</source>
        <translation>pisteyttämättä</translation>
    </message>
    <message>
        <source>reviewers differ by %1</source>
        <translation>arvioijien pistemäärät eroavat %1 pisteellä</translation>
    </message>
    <message>
        <source>has notes</source>
        <translation>muistiinpanoja</translation>
    </message>
</context>
<context>
    <name>laatu::gui::CriterionPage</name>
    <message>
        <source>%1 · criterion %2 of %3</source>
        <translation>%1 · kriteeri %2/%3</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>Näyttö: %1</translation>
    </message>
    <message>
        <source>Reason for the consensus rating</source>
        <translation>Konsensuspistemäärän perustelu</translation>
    </message>
    <message>
        <source>Evidence notes</source>
        <translation>Näyttömuistiinpanot</translation>
    </message>
    <message>
        <source>Findings for the report</source>
        <translation>Havainnot raporttiin</translation>
    </message>
    <message>
        <source>S&amp;trength:</source>
        <translation>&amp;Vahvuus:</translation>
    </message>
    <message>
        <source>Reco&amp;mmendation:</source>
        <translation>&amp;Suositus:</translation>
    </message>
    <message>
        <source>Strength on this criterion</source>
        <translation>Tämän kriteerin vahvuus</translation>
    </message>
    <message>
        <source>Recommendation on this criterion</source>
        <translation>Tämän kriteerin suositus</translation>
    </message>
    <message>
        <source>What works well here (goes into the report)</source>
        <translation>Mikä toimii tässä hyvin (tulee raporttiin)</translation>
    </message>
    <message>
        <source>What to improve (goes into the report)</source>
        <translation>Mitä parannetaan (tulee raporttiin)</translation>
    </message>
    <message>
        <source>the consensus</source>
        <translation>konsensus</translation>
    </message>
    <message>
        <source>Rating for %1</source>
        <translation>Pistemäärä: %1</translation>
    </message>
    <message>
        <source>consensus</source>
        <translation>konsensus</translation>
    </message>
    <message>
        <source>Chosen by: %1</source>
        <translation>Valinnut: %1</translation>
    </message>
    <message>
        <source>The reviewers&apos; ratings differ by %1. Write why the consensus is what it is; the review cannot be final without it.</source>
        <translation>Arvioijien pistemäärät eroavat %1 pisteellä. Kirjoita, miksi konsensuspistemäärä on tämä; arviointi ei voi olla lopullinen ilman perustelua.</translation>
    </message>
    <message>
        <source>The reviewers&apos; ratings differ. A short reason helps the report&apos;s readers.</source>
        <translation>Arvioijien pistemäärät eroavat. Lyhyt perustelu auttaa raportin lukijoita.</translation>
    </message>
    <message>
        <source>Choose the consensus rating first.</source>
        <translation>Valitse ensin konsensuspistemäärä.</translation>
    </message>
    <message>
        <source>Accept the suggested rating</source>
        <translation>Hyväksy ehdotettu pistemäärä</translation>
    </message>
    <message>
        <source>Acce&amp;pt %1 (S)</source>
        <translation>H&amp;yväksy %1 (S)</translation>
    </message>
    <message>
        <source>Acce&amp;pt (S)</source>
        <translation>H&amp;yväksy (S)</translation>
    </message>
</context>
<context>
    <name>laatu::gui::CriterionWalk</name>
    <message>
        <source>Whose ratings are entered</source>
        <translation>Kenen pistemäärät kirjataan</translation>
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
        <translation>Näppäimet: 1–5 pisteyttää · 0 tyhjentää · S hyväksyy ehdotuksen · Ctrl+D lukuarvot · PgDown/PgUp seuraava/edellinen · Ctrl+R seuraava arvioija</translation>
    </message>
    <message>
        <source>Rati&amp;ng as:</source>
        <translation>Arvioi&amp;ja:</translation>
    </message>
    <message>
        <source>Rate %1</source>
        <translation>Anna pistemäärä %1</translation>
    </message>
    <message>
        <source>Clear the rating</source>
        <translation>Tyhjennä pistemäärä</translation>
    </message>
    <message>
        <source>Accept the suggested rating</source>
        <translation>Hyväksy ehdotettu pistemäärä</translation>
    </message>
    <message>
        <source>Next criterion</source>
        <translation>Seuraava kriteeri</translation>
    </message>
    <message>
        <source>Previous criterion</source>
        <translation>Edellinen kriteeri</translation>
    </message>
    <message>
        <source>Next reviewer&apos;s sheet</source>
        <translation>Seuraavan arvioijan pistemäärät</translation>
    </message>
    <message>
        <source>Go to the figures</source>
        <translation>Siirry lukuarvoihin</translation>
    </message>
</context>
<context>
    <name>laatu::gui::EvidenceInputs</name>
    <message>
        <source>Figures</source>
        <translation>Lukuarvot</translation>
    </message>
    <message>
        <source>Elements present</source>
        <translation>Toteutuvat osatekijät</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Muistiinpano: %1</translation>
    </message>
    <message>
        <source>%1: %2, which suggests %3.</source>
        <translation>%1: %2, mikä viittaa pistemäärään %3.</translation>
    </message>
    <message>
        <source>These figures give no rating: check them.</source>
        <translation>Näistä luvuista ei saada pistemäärää: tarkista ne.</translation>
    </message>
    <message>
        <source>Enter both figures to get a suggested rating.</source>
        <translation>Anna molemmat luvut, niin saat ehdotetun pistemäärän.</translation>
    </message>
    <message>
        <source>%1 of %2 present, which suggests %3.</source>
        <translation>%1/%2 toteutuu, mikä viittaa pistemäärään %3.</translation>
    </message>
    <message>
        <source>Tick the elements that are present to get a suggested rating.</source>
        <translation>Rastita toteutuvat osatekijät, niin saat ehdotetun pistemäärän.</translation>
    </message>
    <message>
        <source>Fill the workbook or enter both figures to get a suggested rating.</source>
        <translation>Täytä aineistotaulukko tai anna molemmat luvut, niin saat ehdotetun pistemäärän.</translation>
    </message>
    <message>
        <source>The workbook cannot compute these figures: %1</source>
        <translation>Näitä lukuja ei voida laskea aineistotaulukosta: %1</translation>
    </message>
    <message>
        <source>Computed from the workbook (%1); a figure typed here is used instead.</source>
        <translation>Laskettu aineistotaulukosta (%1); tähän käsin syötettyä lukua käytetään lasketun sijaan.</translation>
    </message>
    <message>
        <source>Computed from the workbook: %1.</source>
        <translation>Laskettu aineistotaulukosta: %1.</translation>
    </message>
    <message>
        <source>Typed by hand.</source>
        <translation>Syötetty käsin.</translation>
    </message>
    <message>
        <source>The workbook computes these figures once it holds the coaches or records they need.</source>
        <translation>Aineistotaulukko laskee nämä luvut, kun siihen on kirjattu tarvittavat työhönvalmentajat tai asiakaskirjaukset.</translation>
    </message>
    <message>
        <source>Show Rows</source>
        <translation>Näytä rivit</translation>
    </message>
    <message>
        <source>Show rows</source>
        <translation>Näytä rivit</translation>
    </message>
    <message>
        <source>Opens the workbook with the rows these figures are computed from selected</source>
        <translation>Avaa aineistotaulukon ja valitsee rivit, joista nämä luvut on laskettu</translation>
    </message>
</context>
<context>
    <name>laatu::gui::ExchangeActions</name>
    <message>
        <source>Ratings Not Exported</source>
        <translation>Pistemääriä ei viety</translation>
    </message>
    <message>
        <source>Export My Ratings</source>
        <translation>Vie omat arviot</translation>
    </message>
    <message>
        <source>%1 - %2 - ratings.laatu.json</source>
        <translation>%1 - %2 - arviot.laatu.json</translation>
    </message>
    <message>
        <source>Laatu review files (*.json)</source>
        <translation>Laatu-arviointitiedostot (*.json)</translation>
    </message>
    <message>
        <source>%1&apos;s ratings saved to %2</source>
        <translation>Arvioijan %1 pistemäärät tallennettu tiedostoon %2</translation>
    </message>
    <message>
        <source>Merge Reviewer&apos;s Ratings</source>
        <translation>Yhdistä arvioijan arviot</translation>
    </message>
    <message>
        <source>Laatu review files (*.json);;All files (*)</source>
        <translation>Laatu-arviointitiedostot (*.json);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>Ratings Not Merged</source>
        <translation>Pistemääriä ei yhdistetty</translation>
    </message>
    <message>
        <source>Nothing was changed.

%1</source>
        <translation>Mitään ei muutettu.

%1</translation>
    </message>
    <message>
        <source>Ratings Merged with Differences</source>
        <translation>Pistemäärät yhdistetty, eroja löytyi</translation>
    </message>
    <message>
        <source>Ratings merged from %1</source>
        <translation>Pistemäärät yhdistetty tiedostosta %1</translation>
    </message>
    <message>
        <source>Nothing new in %1: it was merged before</source>
        <translation>Tiedostossa %1 ei ole mitään uutta: se on yhdistetty aiemmin</translation>
    </message>
    <message>
        <source>Review Not Sent</source>
        <translation>Arviointia ei lähetetty</translation>
    </message>
    <message>
        <source>Send to Co-reviewer</source>
        <translation>Lähetä toiselle arvioijalle</translation>
    </message>
    <message>
        <source>The review has no co-reviewer. Add the second reviewer when creating the review, then send it.</source>
        <translation>Arvioinnissa ei ole toista arvioijaa. Lisää toinen arvioija, kun luot arvioinnin, ja lähetä se sitten.</translation>
    </message>
    <message>
        <source>%1 - for %2.laatu.json</source>
        <translation>%1 - arvioijalle %2.laatu.json</translation>
    </message>
    <message>
        <source>Review for %1 saved to %2: without anyone&apos;s ratings, notes or findings. They open it with File → Open Review File.</source>
        <translation>Arvioijalle %1 tarkoitettu arviointi tallennettu tiedostoon %2 ilman kenenkään pistemääriä, muistiinpanoja tai havaintoja. Hän avaa sen valinnalla Tiedosto → Avaa arviointitiedosto.</translation>
    </message>
    <message>
        <source>Open Review File</source>
        <translation>Avaa arviointitiedosto</translation>
    </message>
    <message>
        <source>Replace Review</source>
        <translation>Korvaa arviointi</translation>
    </message>
    <message>
        <source>The review of %1 on %2 is already here, with other content than the file. Replace it with the file&apos;s version? What is here now is then gone; to bring in one reviewer&apos;s ratings, use Merge Reviewer&apos;s Ratings instead.</source>
        <translation>Toimipisteen %1 arviointi %2 on jo täällä, mutta sen sisältö poikkeaa tiedostosta. Korvataanko se tiedoston versiolla? Tällöin nykyinen sisältö häviää. Jos haluat tuoda yhden arvioijan pistemäärät, käytä sen sijaan valintaa Yhdistä arvioijan arviot.</translation>
    </message>
    <message>
        <source>Review File Not Opened</source>
        <translation>Arviointitiedostoa ei avattu</translation>
    </message>
    <message>
        <source>%1 was opened before; nothing in it is new</source>
        <translation>%1 on avattu aiemmin; siinä ei ole mitään uutta</translation>
    </message>
    <message>
        <source>Review opened from %1</source>
        <translation>Arviointi avattu tiedostosta %1</translation>
    </message>
    <message>
        <source>Nothing was merged from %1</source>
        <translation>Tiedostosta %1 ei yhdistetty mitään</translation>
    </message>
    <message>
        <source>These differences appeared after the choice was made; the values here were kept:

• %1</source>
        <translation>Nämä erot ilmenivät valinnan tekemisen jälkeen; tämän tietokannan arvot säilytettiin:

• %1</translation>
    </message>
    <message>
        <source>Ratings merged from %1.</source>
        <translation>Pistemäärät yhdistetty tiedostosta %1.</translation>
    </message>
    <message numerus="yes">
        <source>Of %n difference(s): </source>
        <translation>
            <numerusform>%n ero: </numerusform>
            <numerusform>%n eroa: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 taken from the file, %2 kept here.</source>
        <translation>%1 otettu tiedostosta, %2 säilytetty ennallaan.</translation>
    </message>
    <message>
        <source>Change Site Details</source>
        <translation>Muuta toimipisteen tietoja</translation>
    </message>
    <message>
        <source>The file changes the details of a site already here:

• %1

Change them as the file says?</source>
        <translation>Tiedosto muuttaa täällä jo olevan toimipisteen tietoja:

• %1

Muutetaanko ne tiedoston mukaisiksi?</translation>
    </message>
    <message>
        <source>Nothing was opened from %1: the sites stay as they are</source>
        <translation>Tiedostosta %1 ei avattu mitään: toimipisteet pysyvät ennallaan</translation>
    </message>
    <message numerus="yes">
        <source>The file holds %n record row(s) of the record sample.</source>
        <translation>
            <numerusform>Tiedostossa on %n asiakaskirjausotoksen rivi.</numerusform>
            <numerusform>Tiedostossa on %n asiakaskirjausotoksen riviä.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coach row(s)</source>
        <translation>
            <numerusform>%n työhönvalmentajarivi</numerusform>
            <numerusform>%n työhönvalmentajariviä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record row(s)</source>
        <translation>
            <numerusform>%n asiakaskirjausrivi</numerusform>
            <numerusform>%n asiakaskirjausriviä</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2 added.</source>
        <translation>Lisätty %1 ja %2.</translation>
    </message>
    <message>
        <source>%1 added.</source>
        <translation>Lisätty %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n record row(s) of the file not added: this review&apos;s record sample was cleared.</source>
        <translation>
            <numerusform>Tiedoston %n asiakaskirjausriviä ei lisätty: tämän arvioinnin asiakaskirjausotos on poistettu.</numerusform>
            <numerusform>Tiedoston %n asiakaskirjausriviä ei lisätty: tämän arvioinnin asiakaskirjausotos on poistettu.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>laatu::gui::ExportMineDialog</name>
    <message numerus="yes">
        <source>&amp;Include my record sample (%n row(s))</source>
        <translation>
            <numerusform>&amp;Liitä mukaan oma asiakaskirjausotokseni (%n rivi)</numerusform>
            <numerusform>&amp;Liitä mukaan oma asiakaskirjausotokseni (%n riviä)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>laatu::gui::FidelityTrendChart</name>
    <message>
        <source>Fidelity trend chart</source>
        <translation>Menetelmällisen tarkkuuden kehityskaavio</translation>
    </message>
</context>
<context>
    <name>laatu::gui::FindingsList</name>
    <message>
        <source>Criterion</source>
        <translation>Kriteeri</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Laji</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Teksti</translation>
    </message>
    <message>
        <source>Strengths and recommendations</source>
        <translation>Vahvuudet ja suositukset</translation>
    </message>
    <message>
        <source>Whole service</source>
        <translation>Koko palvelu</translation>
    </message>
    <message>
        <source>New strength: type it and press Enter to save it (Esc leaves it out)</source>
        <translation>Uusi vahvuus: kirjoita se ja tallenna painamalla Enter (Esc jättää sen pois)</translation>
    </message>
    <message>
        <source>New recommendation: type it and press Enter to save it (Esc leaves it out)</source>
        <translation>Uusi suositus: kirjoita se ja tallenna painamalla Enter (Esc jättää sen pois)</translation>
    </message>
    <message>
        <source>Choose the finding to remove first</source>
        <translation>Valitse ensin poistettava havainto</translation>
    </message>
    <message>
        <source>The new strength had no text and was not saved</source>
        <translation>Uudella vahvuudella ei ollut tekstiä, joten sitä ei tallennettu</translation>
    </message>
    <message>
        <source>The new recommendation had no text and was not saved</source>
        <translation>Uudella suosituksella ei ollut tekstiä, joten sitä ei tallennettu</translation>
    </message>
</context>
<context>
    <name>laatu::gui::FindingsView</name>
    <message>
        <source>Add S&amp;trength</source>
        <translation>&amp;Lisää vahvuus</translation>
    </message>
    <message>
        <source>Add Reco&amp;mmendation</source>
        <translation>Lisää &amp;suositus</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>Remove the finding</source>
        <translation>Poista havainto</translation>
    </message>
    <message>
        <source>Action &amp;plan</source>
        <translation>Toimen&amp;pidesuunnitelma</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Mitä</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Vastuuhenkilö</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Määräaika</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Remove the action item</source>
        <translation>Poista toimenpide</translation>
    </message>
    <message>
        <source>Actions of the previous review</source>
        <translation>Edellisen arvioinnin toimenpiteet</translation>
    </message>
    <message>
        <source>From the previous review (%1)</source>
        <translation>Edellisestä arvioinnista (%1)</translation>
    </message>
    <message>
        <source>No earlier review of this site</source>
        <translation>Toimipisteellä ei ole aiempaa arviointia</translation>
    </message>
    <message>
        <source>Carry over open actions</source>
        <translation>Siirrä avoimet toimenpiteet</translation>
    </message>
    <message>
        <source>Stren&amp;gths and recommendations</source>
        <translation>&amp;Vahvuudet ja suositukset</translation>
    </message>
    <message>
        <source>Add Actio&amp;n</source>
        <translation>&amp;Uusi toimenpide</translation>
    </message>
    <message>
        <source>Carry O&amp;ver Open Actions</source>
        <translation>&amp;Jatka avoimia toimenpiteitä</translation>
    </message>
    <message>
        <source>Nothing carried over: there is no earlier review of this site</source>
        <translation>Mitään ei siirretty: toimipisteellä ei ole aiempaa arviointia</translation>
    </message>
    <message>
        <source>Nothing carried over: the previous review has no open actions</source>
        <translation>Mitään ei siirretty: edellisessä arvioinnissa ei ole avoimia toimenpiteitä</translation>
    </message>
    <message>
        <source>Nothing carried over: the previous review&apos;s open actions are already in this plan</source>
        <translation>Mitään ei siirretty: edellisen arvioinnin avoimet toimenpiteet ovat jo tässä suunnitelmassa</translation>
    </message>
    <message numerus="yes">
        <source>%n open action(s) carried over from the previous review</source>
        <translation>
            <numerusform>%n avoin toimenpide siirretty edellisestä arvioinnista</numerusform>
            <numerusform>%n avointa toimenpidettä siirretty edellisestä arvioinnista</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>laatu::gui::FollowUpTree</name>
    <message>
        <source>Recommendations and actions followed up</source>
        <translation>Seuratut suositukset ja toimenpiteet</translation>
    </message>
    <message>
        <source>Recommendation or action</source>
        <translation>Suositus tai toimenpide</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Tulos</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>No recommendations or actions recorded yet.</source>
        <translation>Suosituksia tai toimenpiteitä ei ole vielä kirjattu.</translation>
    </message>
    <message>
        <source>Review of %1, followed up on %2</source>
        <translation>Arviointi %1, seurattu %2</translation>
    </message>
    <message>
        <source>%1 of %2 actions done</source>
        <translation>Toimenpiteistä tehty %1/%2</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Suositukset</translation>
    </message>
    <message>
        <source>general</source>
        <translation>yleinen</translation>
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
        <translation>Tehdyt toimenpiteet</translation>
    </message>
    <message>
        <source>✓ Done</source>
        <translation>✓ Tehty</translation>
    </message>
    <message>
        <source>Actions not carried out</source>
        <translation>Tekemättä jääneet toimenpiteet</translation>
    </message>
    <message>
        <source>Review of %1: to follow up at the next review</source>
        <translation>Arviointi %1: seurataan seuraavassa arvioinnissa</translation>
    </message>
    <message>
        <source>recommendation</source>
        <translation>suositus</translation>
    </message>
    <message>
        <source>%1 (due %2)</source>
        <translation>%1 (määräaika %2)</translation>
    </message>
</context>
<context>
    <name>laatu::gui::GuideWindow</name>
    <message>
        <source>Laatu Guide</source>
        <translation>Käyttöopas</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Käyttöopas</translation>
    </message>
</context>
<context>
    <name>laatu::gui::LanguageMenu</name>
    <message>
        <source>System Language</source>
        <translation>Järjestelmän kieli</translation>
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
        <translation>%1 · versio %2</translation>
    </message>
    <message numerus="yes">
        <source>Catalog %1 %2: %n criteria</source>
        <translation>
            <numerusform>Kriteeristö %1 %2: %n kriteeri</numerusform>
            <numerusform>Kriteeristö %1 %2: %n kriteeriä</numerusform>
        </translation>
    </message>
    <message>
        <source>About Laatu</source>
        <translation>Tietoja Laatu-sovelluksesta</translation>
    </message>
    <message>
        <source>Laatu %1

IPS fidelity reviews against the 25 quality criteria: rate, agree, score and report, offline.

The criteria texts are written for Laatu from the public description of the scale; an organisation can load its own catalog file.</source>
        <translation>Laatu %1

IPS-työhönvalmennuksen menetelmällisen tarkkuuden arviointi 25 laatukriteerin avulla: pisteytys, konsensus, tulokset ja raportti ilman verkkoyhteyttä.

Kriteerien tekstit on kirjoitettu Laatu-sovellusta varten asteikon julkisen kuvauksen pohjalta; organisaatio voi ladata oman kriteeristötiedostonsa.</translation>
    </message>
    <message>
        <source>Reviews Not Loaded</source>
        <translation>Arviointeja ei ladattu</translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) in %1, read-only: %2</source>
        <translation>
            <numerusform>%n arviointi tietokannassa %1, vain luku: %2</numerusform>
            <numerusform>%n arviointia tietokannassa %1, vain luku: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) in %1</source>
        <translation>
            <numerusform>%n arviointi tietokannassa %1</numerusform>
            <numerusform>%n arviointia tietokannassa %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1: %2</source>
        <translation>Tallennettu klo %1: %2</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Ei tallennettu: %1</translation>
    </message>
    <message>
        <source>Restore Archived Site</source>
        <translation>Palauta arkistoitu toimipiste</translation>
    </message>
    <message>
        <source>&amp;Archive Site</source>
        <translation>&amp;Arkistoi toimipiste</translation>
    </message>
    <message>
        <source>Review Not Opened</source>
        <translation>Arviointia ei avattu</translation>
    </message>
    <message>
        <source>Review opened. Every change is saved at once.</source>
        <translation>Arviointi avattu. Jokainen muutos tallennetaan heti.</translation>
    </message>
    <message>
        <source>Review opened read-only.</source>
        <translation>Arviointi avattu vain luku -tilassa.</translation>
    </message>
    <message>
        <source>Sites and Reviews</source>
        <translation>Toimipisteet ja arvioinnit</translation>
    </message>
</context>
<context>
    <name>laatu::gui::MergeConflictDialog</name>
    <message>
        <source>Take from file</source>
        <translation>Ota tiedostosta</translation>
    </message>
    <message>
        <source>Keep here</source>
        <translation>Säilytä nykyinen</translation>
    </message>
    <message>
        <source>Space switches between keeping the value here and taking the file&apos;s</source>
        <translation>Välilyönti vaihtaa nykyisen arvon säilyttämisen ja tiedoston arvon käyttämisen välillä</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s): </source>
        <translation>
            <numerusform>%n ero: </numerusform>
            <numerusform>%n eroa: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 kept here, %2 taken from the file</source>
        <translation>%1 säilytetään nykyisinä, %2 otetaan tiedostosta</translation>
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
        <translation>%1, versio %2</translation>
    </message>
    <message>
        <source>Choose a Site</source>
        <translation>Valitse toimipiste</translation>
    </message>
    <message>
        <source>Choose the site to review, or add it with New Site.</source>
        <translation>Valitse arvioitava toimipiste tai lisää se valinnalla Uusi toimipiste.</translation>
    </message>
    <message>
        <source>Name a Reviewer</source>
        <translation>Anna arvioijan nimi</translation>
    </message>
    <message>
        <source>A review needs at least one reviewer: write a name.</source>
        <translation>Arvioinnissa on oltava vähintään yksi arvioija: kirjoita nimi.</translation>
    </message>
</context>
<context>
    <name>laatu::gui::NextReviewDueLabel</name>
    <message>
        <source>Next review due</source>
        <translation>Seuraavan arvioinnin ajankohta</translation>
    </message>
    <message>
        <source>Choose a site to see its history.</source>
        <translation>Valitse toimipiste, niin näet sen historian.</translation>
    </message>
    <message>
        <source>The site has no reviews yet: the first review is due.</source>
        <translation>Toimipisteellä ei ole vielä arviointeja: ensimmäinen arviointi on ajankohtainen.</translation>
    </message>
    <message>
        <source>12 months after the last visit: the last review reached good fidelity, so the reviews are now yearly.</source>
        <translation>12 kuukautta viimeisestä käynnistä: viimeisin arviointi saavutti hyvän menetelmällisen tarkkuuden, joten arvioinnit tehdään nyt vuosittain.</translation>
    </message>
    <message>
        <source>6 months after the last visit: the last review is incomplete.</source>
        <translation>6 kuukautta viimeisestä käynnistä: viimeisin arviointi on kesken.</translation>
    </message>
    <message>
        <source>6 months after the last visit: reviews repeat every 6 months until the site reaches good fidelity.</source>
        <translation>6 kuukautta viimeisestä käynnistä: arvioinnit toistetaan 6 kuukauden välein, kunnes toimipiste saavuttaa hyvän menetelmällisen tarkkuuden.</translation>
    </message>
    <message>
        <source>Next review due %1 – %2</source>
        <translation>Seuraava arviointi %1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s).</source>
        <translation>
            <numerusform>Erääntynyt %n päivä sitten.</numerusform>
            <numerusform>Erääntynyt %n päivää sitten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>laatu::gui::OutcomesPanel</name>
    <message>
        <source>Outcomes per period</source>
        <translation>Työllistymistulokset jaksoittain</translation>
    </message>
    <message>
        <source>People coached and people in competitive work per period. The employment rate is drawn beside the fidelity trend.</source>
        <translation>Valmennettavat ja avoimille työmarkkinoille työllistyneet jaksoittain. Työllistymisaste piirretään menetelmällisen tarkkuuden kehityksen rinnalle.</translation>
    </message>
    <message>
        <source>&amp;Add Period…</source>
        <translation>Lisää &amp;jakso…</translation>
    </message>
    <message>
        <source>Re&amp;move Period</source>
        <translation>&amp;Poista jakso</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Jakso</translation>
    </message>
    <message>
        <source>Coached</source>
        <translation>Valmennettavat</translation>
    </message>
    <message>
        <source>In work</source>
        <translation>Työssä</translation>
    </message>
    <message>
        <source>Employment rate</source>
        <translation>Työllistymisaste</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Outcomes Not Saved</source>
        <translation>Työllistymistuloksia ei tallennettu</translation>
    </message>
    <message>
        <source>Remove Period</source>
        <translation>Poista jakso</translation>
    </message>
    <message>
        <source>Remove the outcomes of %1 (%2 coached, %3 in work)?</source>
        <translation>Poistetaanko jakson %1 työllistymistulokset (valmennettavia %2, työssä %3)?</translation>
    </message>
    <message>
        <source>Outcomes Not Removed</source>
        <translation>Työllistymistuloksia ei poistettu</translation>
    </message>
</context>
<context>
    <name>laatu::gui::ProgrammeActions</name>
    <message>
        <source>No Programme Server</source>
        <translation>Ei ohjelman palvelinta</translation>
    </message>
    <message>
        <source>No programme server is set up, so nothing was sent or received. Set one up now?</source>
        <translation>Ohjelman palvelinta ei ole määritetty, joten mitään ei lähetetty eikä vastaanotettu. Määritetäänkö palvelin nyt?</translation>
    </message>
    <message>
        <source>Programme Server Address</source>
        <translation>Ohjelman palvelimen osoite</translation>
    </message>
    <message>
        <source>The programme server&apos;s address cannot be used: %1

Correct it in Settings → Programme Server.</source>
        <translation>Ohjelman palvelimen osoitetta ei voi käyttää: %1

Korjaa se kohdassa Asetukset → Ohjelman palvelin.</translation>
    </message>
    <message>
        <source>Publish Review</source>
        <translation>Julkaise arviointi</translation>
    </message>
    <message>
        <source>This review was pulled from the programme: only its own reviewers publish it.</source>
        <translation>Tämä arviointi on noudettu ohjelmasta: vain sen omat arvioijat julkaisevat sen.</translation>
    </message>
    <message>
        <source>Only final reviews are published; drafts stay on this laptop. Finalise the review first (Review → Finalise).</source>
        <translation>Vain lopulliset arvioinnit julkaistaan; luonnokset pysyvät tällä kannettavalla. Viimeistele arviointi ensin (Arviointi → Viimeistele).</translation>
    </message>
    <message>
        <source>Publish All Final Reviews</source>
        <translation>Julkaise kaikki lopulliset arvioinnit</translation>
    </message>
    <message>
        <source>There is nothing to publish: this laptop has no final reviews of its own.</source>
        <translation>Julkaistavaa ei ole: tällä kannettavalla ei ole omia lopullisia arviointeja.</translation>
    </message>
    <message>
        <source>publishing to the programme server</source>
        <translation>ohjelman palvelimelle julkaistaessa</translation>
    </message>
    <message>
        <source>Not Published</source>
        <translation>Ei julkaistu</translation>
    </message>
    <message>
        <source>pulling the programme&apos;s reviews</source>
        <translation>ohjelman arviointien noutaminen</translation>
    </message>
    <message>
        <source>Programme Reviews Not Pulled</source>
        <translation>Ohjelman arviointeja ei noudettu</translation>
    </message>
    <message>
        <source>The keyring could not keep the password (%1); it is kept for this session only.</source>
        <translation>Avainnippu ei voinut tallentaa salasanaa (%1); se säilytetään vain tämän istunnon ajan.</translation>
    </message>
    <message numerus="yes">
        <source>Pulling the programme&apos;s reviews from %1: %n received…</source>
        <translation>
            <numerusform>Noudetaan ohjelman arviointeja palvelimelta %1: %n vastaanotettu…</numerusform>
            <numerusform>Noudetaan ohjelman arviointeja palvelimelta %1: %n vastaanotettu…</numerusform>
        </translation>
    </message>
    <message>
        <source>Publishing to %1: %2 of %3…</source>
        <translation>Julkaistaan palvelimelle %1: %2/%3…</translation>
    </message>
    <message>
        <source>Not published yet: %1 The review waits on this laptop and is sent with the next publish.</source>
        <translation>Ei vielä julkaistu: %1 Arviointi odottaa tällä kannettavalla ja lähtee seuraavan julkaisun mukana.</translation>
    </message>
    <message>
        <source>Published to the programme server %1.</source>
        <translation>Julkaistu ohjelman palvelimelle %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) published to %1.</source>
        <translation>
            <numerusform>%n arviointi julkaistu palvelimelle %1.</numerusform>
            <numerusform>%n arviointia julkaistu palvelimelle %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) already on the server as they are here.</source>
        <translation>
            <numerusform>%n arviointi oli jo palvelimella samanlaisena kuin tässä.</numerusform>
            <numerusform>%n arviointia oli jo palvelimella samanlaisina kuin tässä.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) in conflict: the server already holds the same revision with other content. It keeps its own and lists this laptop&apos;s beside it for the programme&apos;s administrator to settle.</source>
        <translation>
            <numerusform>%n arviointi on ristiriidassa: palvelimella on jo sama versio eri sisällöllä. Palvelin säilyttää omansa ja listaa tämän kannettavan version sen rinnalle ohjelman ylläpitäjän ratkaistavaksi.</numerusform>
            <numerusform>%n arviointia on ristiriidassa: palvelimella on jo samat versiot eri sisällöllä. Palvelin säilyttää omansa ja listaa tämän kannettavan versiot niiden rinnalle ohjelman ylläpitäjän ratkaistaviksi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) refused by the server:</source>
        <translation>
            <numerusform>Palvelin hylkäsi %n arvioinnin:</numerusform>
            <numerusform>Palvelin hylkäsi %n arviointia:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing is lost: %n review(s) wait on this laptop and are sent with the next publish (File → Publish All Final Reviews).</source>
        <translation>
            <numerusform>Mitään ei menetetty: %n arviointi odottaa tällä kannettavalla ja lähtee seuraavan julkaisun mukana (Tiedosto → Julkaise kaikki lopulliset arvioinnit).</numerusform>
            <numerusform>Mitään ei menetetty: %n arviointia odottaa tällä kannettavalla ja lähtee seuraavan julkaisun mukana (Tiedosto → Julkaise kaikki lopulliset arvioinnit).</numerusform>
        </translation>
    </message>
    <message>
        <source>Not Everything Was Published</source>
        <translation>Kaikkea ei julkaistu</translation>
    </message>
    <message>
        <source>Reviews Published</source>
        <translation>Arvioinnit julkaistu</translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) received from %1.</source>
        <translation>
            <numerusform>%n arviointi vastaanotettu palvelimelta %1.</numerusform>
            <numerusform>%n arviointia vastaanotettu palvelimelta %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>New in the programme copy: %1. Newer revisions: %2. Unchanged: %3. This laptop&apos;s own, left as they are: %4.</source>
        <translation>Uusia ohjelmakopiossa: %1. Uudempia versioita: %2. Ennallaan: %3. Tämän kannettavan omia, jätetty ennalleen: %4.</translation>
    </message>
    <message>
        <source>What was received before that is kept; the next pull goes on from there.</source>
        <translation>Sitä ennen vastaanotettu säilyy; seuraava nouto jatkaa siitä.</translation>
    </message>
    <message>
        <source>Pull Not Completed</source>
        <translation>Nouto jäi kesken</translation>
    </message>
    <message>
        <source>Programme Reviews Pulled</source>
        <translation>Ohjelman arvioinnit noudettu</translation>
    </message>
</context>
<context>
    <name>laatu::gui::ProgrammeServerDialog</name>
    <message>
        <source>Programme Server</source>
        <translation>Ohjelman palvelin</translation>
    </message>
    <message>
        <source>Final reviews are published to the programme&apos;s PostgreSQL server and the programme&apos;s reviews pulled from it. Leave the address empty to keep Laatu off the network.</source>
        <translation>Lopulliset arvioinnit julkaistaan ohjelman PostgreSQL-palvelimelle, ja ohjelman arvioinnit noudetaan sieltä. Jätä osoite tyhjäksi, jos Laatu ei saa käyttää verkkoa.</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>&amp;Palvelimen osoite:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Selaa…</translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation>&amp;CA-varmenne:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Sa&amp;lasana:</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keyring</source>
        <translation>&amp;Muista salasana järjestelmän avainnipussa</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Testaa yhteys</translation>
    </message>
    <message>
        <source>CA Certificate of the Programme Server</source>
        <translation>Ohjelman palvelimen CA-varmenne</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Varmenteet (*.pem *.crt);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Yhdistetään kohteeseen %1…</translation>
    </message>
    <message>
        <source>Not usable: %1</source>
        <translation>Ei käytettävissä: %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Ei tallennettu: %1</translation>
    </message>
    <message>
        <source>The address is saved; the keyring could not keep the password (%1), so it is kept for this session only.</source>
        <translation>Osoite on tallennettu. Avainnippu ei voinut säilyttää salasanaa (%1), joten se säilytetään vain tämän istunnon ajan.</translation>
    </message>
    <message>
        <source>your login on the server</source>
        <translation>tunnuksesi palvelimella</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Käyttäjätunnus:</translation>
    </message>
</context>
<context>
    <name>laatu::gui::ReportActions</name>
    <message>
        <source>Report Not Made</source>
        <translation>Raporttia ei tehty</translation>
    </message>
    <message>
        <source>%1 review %2.pdf</source>
        <translation>%1 arviointi %2.pdf</translation>
    </message>
    <message>
        <source>Laatu</source>
        <translation>Laatu</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Vie raportti</translation>
    </message>
    <message>
        <source>Report Not Saved</source>
        <translation>Raporttia ei tallennettu</translation>
    </message>
    <message numerus="yes">
        <source>Report saved: %1 (%n page(s))</source>
        <translation>
            <numerusform>Raportti tallennettu: %1 (%n sivu)</numerusform>
            <numerusform>Raportti tallennettu: %1 (%n sivua)</numerusform>
        </translation>
    </message>
    <message>
        <source>Print Report</source>
        <translation>Tulosta raportti</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;OpenDocument text, to edit (*.odt)</source>
        <translation>PDF-asiakirjat (*.pdf);;OpenDocument-teksti, muokattava (*.odt)</translation>
    </message>
    <message>
        <source>Report saved for editing: %1</source>
        <translation>Raportti tallennettu muokattavaksi: %1</translation>
    </message>
    <message>
        <source>Da&amp;ta Request…</source>
        <translation>Tietopyynt&amp;ö…</translation>
    </message>
    <message>
        <source>Data Request Not Made</source>
        <translation>Tietopyyntöä ei tehty</translation>
    </message>
    <message>
        <source>%1 data request %2.pdf</source>
        <translation>%1 tietopyyntö %2.pdf</translation>
    </message>
    <message>
        <source>Save Data Request</source>
        <translation>Tallenna tietopyyntö</translation>
    </message>
    <message>
        <source>Data Request Not Saved</source>
        <translation>Tietopyyntöä ei tallennettu</translation>
    </message>
    <message>
        <source>Data request saved for editing: %1</source>
        <translation>Tietopyyntö tallennettu muokattavaksi: %1</translation>
    </message>
    <message numerus="yes">
        <source>Data request saved: %1 (%n page(s))</source>
        <translation>
            <numerusform>Tietopyyntö tallennettu: %1 (%n sivu)</numerusform>
            <numerusform>Tietopyyntö tallennettu: %1 (%n sivua)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>laatu::gui::ReportOptionsDialog</name>
    <message>
        <source>Include &amp;record codes in the appendix</source>
        <translation>Sisällytä liitteeseen asiakaskirjausten k&amp;oodit</translation>
    </message>
    <message>
        <source>Include record codes in the appendix</source>
        <translation>Sisällytä liitteeseen asiakaskirjausten koodit</translation>
    </message>
</context>
<context>
    <name>laatu::gui::ReviewActions</name>
    <message>
        <source>Review Not Created</source>
        <translation>Arviointia ei luotu</translation>
    </message>
    <message>
        <source>Review Not Read</source>
        <translation>Arviointia ei luettu</translation>
    </message>
    <message>
        <source>Follow-up Review</source>
        <translation>Seuranta-arviointi</translation>
    </message>
    <message>
        <source>Check: %1</source>
        <translation>Tarkista: %1</translation>
    </message>
    <message>
        <source>Delete the review of %1 on %2 with all its ratings, notes, findings and actions?

This cannot be undone. The daily backup still holds it until it is rotated.</source>
        <translation>Poistetaanko toimipisteen %1 arviointi %2 kaikkine pistemäärineen, muistiinpanoineen, havaintoineen ja toimenpiteineen?

Poistoa ei voi kumota. Päivittäinen varmuuskopio sisältää arvioinnin vielä siihen asti, kunnes varmuuskopio karsitaan.</translation>
    </message>
    <message>
        <source>Delete Review</source>
        <translation>Poista arviointi</translation>
    </message>
    <message>
        <source>Review Not Deleted</source>
        <translation>Arviointia ei poistettu</translation>
    </message>
    <message>
        <source>Review deleted</source>
        <translation>Arviointi poistettu</translation>
    </message>
    <message>
        <source>Finalise Review</source>
        <translation>Viimeistele arviointi</translation>
    </message>
    <message>
        <source>Make the review final? It is then read-only; reopening it later is possible and is logged with its reason.</source>
        <translation>Tehdäänkö arvioinnista lopullinen? Sen jälkeen se on vain luku -tilassa. Arvioinnin voi myöhemmin avata uudelleen, ja avaaminen kirjataan lokiin syineen.</translation>
    </message>
    <message>
        <source>Reopen Review</source>
        <translation>Avaa arviointi uudelleen</translation>
    </message>
    <message>
        <source>Why is the final review reopened? The reason goes into the review&apos;s log with every change that follows.</source>
        <translation>Miksi lopullinen arviointi avataan uudelleen? Syy kirjataan arvioinnin lokiin jokaisen sitä seuraavan muutoksen kanssa.</translation>
    </message>
    <message>
        <source>The review stays final: a reason is needed to reopen it.</source>
        <translation>Arviointi pysyy lopullisena: uudelleen avaamiseen tarvitaan syy.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n criteria unrated</source>
        <translation>
            <numerusform>%1: %n kriteeri pisteyttämättä</numerusform>
            <numerusform>%1: %n kriteeriä pisteyttämättä</numerusform>
        </translation>
    </message>
    <message>
        <source>Every reviewer has rated every criterion. Reveal the sheets so that each sees the others&apos; ratings and the consensus can be agreed?</source>
        <translation>Kaikki arvioijat ovat pisteyttäneet kaikki kriteerit. Paljastetaanko pistemäärät, jotta kukin näkee muiden pistemäärät ja konsensuksesta voidaan sopia?</translation>
    </message>
    <message>
        <source>Not every reviewer has finished:

• %1

Once revealed, the sheets are no longer independent. Reveal them anyway?</source>
        <translation>Kaikki arvioijat eivät ole valmiita:

• %1

Kun pistemäärät on paljastettu, ne eivät ole enää itsenäisiä. Paljastetaanko ne silti?</translation>
    </message>
    <message>
        <source>Reveal the Sheets</source>
        <translation>Paljasta pistemäärät</translation>
    </message>
    <message>
        <source>Log Not Read</source>
        <translation>Lokia ei luettu</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>This review was pulled from the programme and is read-only here: only its own reviewers can reopen it.</source>
        <translation>Tämä arviointi on noudettu ohjelmasta ja on tässä vain luettavissa: vain sen omat arvioijat voivat avata sen uudelleen.</translation>
    </message>
</context>
<context>
    <name>laatu::gui::ReviewBrowser</name>
    <message>
        <source>Filter by county, site or municipality (Ctrl+F)</source>
        <translation>Suodata hyvinvointialueen, toimipisteen tai kunnan mukaan (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter sites</source>
        <translation>Suodata toimipisteitä</translation>
    </message>
    <message>
        <source>Show archived sites</source>
        <translation>Näytä arkistoidut toimipisteet</translation>
    </message>
    <message>
        <source>New Review…</source>
        <translation>Uusi arviointi…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Avaa</translation>
    </message>
    <message>
        <source>Open the chosen review</source>
        <translation>Avaa valittu arviointi</translation>
    </message>
</context>
<context>
    <name>laatu::gui::ReviewListPanel</name>
    <message>
        <source>Kind</source>
        <translation>Laji</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Pisteet</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Taso</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Incomplete, %1/%2</source>
        <translation>Kesken, %1/%2</translation>
    </message>
    <message>
        <source>%1 of %2 criteria have a consensus rating</source>
        <translation>Konsensuspistemäärä on annettu %1/%2 kriteerille</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Käynti</translation>
    </message>
    <message>
        <source>Sites and reviews</source>
        <translation>Toimipisteet ja arvioinnit</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (arkistoitu)</translation>
    </message>
    <message numerus="yes">
        <source>%n review(s)</source>
        <translation>
            <numerusform>%n arviointi</numerusform>
            <numerusform>%n arviointia</numerusform>
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
        <translation>Arvioi&amp;nnit:</translation>
    </message>
    <message>
        <source>Reviews from</source>
        <translation>Arvioinnit</translation>
    </message>
    <message>
        <source>This laptop: only the reviews made on this laptop. The programme: these and the reviews pulled from the programme server at the last pull.</source>
        <translation>Tämän kannettavan: vain tällä kannettavalla tehdyt arvioinnit. Koko ohjelman: nämä sekä ohjelman palvelimelta viimeksi noudetut arvioinnit.</translation>
    </message>
    <message>
        <source>This laptop</source>
        <translation>Tämän kannettavan</translation>
    </message>
    <message>
        <source>Only the reviews made on this laptop.</source>
        <translation>Vain tällä kannettavalla tehdyt arvioinnit.</translation>
    </message>
    <message>
        <source>This laptop&apos;s reviews and those pulled from the programme server.</source>
        <translation>Tämän kannettavan arvioinnit ja ohjelman palvelimelta noudetut.</translation>
    </message>
    <message>
        <source>The programme</source>
        <translation>Koko ohjelman</translation>
    </message>
    <message>
        <source>The programme (pulled %1)</source>
        <extracomment>The reviews of the whole programme as pulled from its server; %1 is the date and time of the last pull, e.g. &quot;1.12.2026 14.30&quot;.</extracomment>
        <translation>Koko ohjelman (noudettu %1)</translation>
    </message>
</context>
<context>
    <name>laatu::gui::ReviewSession</name>
    <message>
        <source>Review Not Read Back</source>
        <translation>Arviointia ei luettu uudelleen</translation>
    </message>
    <message>
        <source>Not Saved</source>
        <translation>Muutos hylättiin</translation>
    </message>
    <message>
        <source>%1 was not saved.

%2</source>
        <translation>Tallennus ei onnistunut: %1.

%2</translation>
    </message>
    <message>
        <source>The review is final. Reopen it to change it; the reopening and every later change are logged.</source>
        <translation>Arviointi on lopullinen. Avaa se uudelleen, jos haluat muuttaa sitä; uudelleen avaaminen ja kaikki myöhemmät muutokset kirjataan lokiin.</translation>
    </message>
    <message>
        <source>The database is open read-only, so nothing can be changed.</source>
        <translation>Tietokanta on avattu vain luku -tilaan, joten mitään ei voi muuttaa.</translation>
    </message>
    <message>
        <source>consensus</source>
        <translation>konsensus</translation>
    </message>
    <message>
        <source>Rating %1 for criterion %2 (%3)</source>
        <translation>Kriteerin %2 pistemäärä %1 (%3)</translation>
    </message>
    <message>
        <source>Rating of criterion %1 cleared (%2)</source>
        <translation>Kriteerin %1 pistemäärä tyhjennetty (%2)</translation>
    </message>
    <message>
        <source>Reason for the consensus on criterion %1</source>
        <translation>Kriteerin %1 konsensuksen perustelu</translation>
    </message>
    <message>
        <source>Note on criterion %1</source>
        <translation>Kriteerin %1 muistiinpano</translation>
    </message>
    <message>
        <source>Figures of criterion %1</source>
        <translation>Kriteerin %1 lukuarvot</translation>
    </message>
    <message>
        <source>Checklist of criterion %1</source>
        <translation>Kriteerin %1 tarkistuslista</translation>
    </message>
    <message>
        <source>Strength on criterion %1</source>
        <translation>Kriteerin %1 vahvuus</translation>
    </message>
    <message>
        <source>Recommendation on criterion %1</source>
        <translation>Kriteerin %1 suositus</translation>
    </message>
    <message>
        <source>Finding changed</source>
        <translation>Havainto muutettu</translation>
    </message>
    <message>
        <source>Finding added</source>
        <translation>Havainto lisätty</translation>
    </message>
    <message>
        <source>Finding removed</source>
        <translation>Havainto poistettu</translation>
    </message>
    <message>
        <source>Action item changed</source>
        <translation>Toimenpide muutettu</translation>
    </message>
    <message>
        <source>Action item added</source>
        <translation>Toimenpide lisätty</translation>
    </message>
    <message>
        <source>Action item removed</source>
        <translation>Toimenpide poistettu</translation>
    </message>
    <message>
        <source>Review Not Final</source>
        <translation>Arvioinnista ei tehty lopullista</translation>
    </message>
    <message>
        <source>The review is final</source>
        <translation>Arviointi on lopullinen</translation>
    </message>
    <message>
        <source>Review Not Reopened</source>
        <translation>Arviointia ei avattu uudelleen</translation>
    </message>
    <message>
        <source>The review is open for changes again; changes are logged</source>
        <translation>Arviointi on taas avoinna muutoksille; muutokset kirjataan lokiin</translation>
    </message>
    <message>
        <source>Sheets Not Revealed</source>
        <translation>Pistemääriä ei paljastettu</translation>
    </message>
    <message>
        <source>The reviewers&apos; ratings are revealed: agree the consensus</source>
        <translation>Arvioijien pistemäärät on paljastettu: sopikaa konsensuksesta</translation>
    </message>
    <message>
        <source>Visit plan item changed</source>
        <translation>Käyntiohjelman kohta muutettu</translation>
    </message>
    <message>
        <source>Visit plan item added</source>
        <translation>Käyntiohjelman kohta lisätty</translation>
    </message>
    <message>
        <source>Visit plan item removed</source>
        <translation>Käyntiohjelman kohta poistettu</translation>
    </message>
    <message>
        <source>Visit plan item moved</source>
        <translation>Käyntiohjelman kohta siirretty</translation>
    </message>
    <message>
        <source>Visit plan started from the template</source>
        <translation>Käyntiohjelma luotu pohjasta</translation>
    </message>
    <message>
        <source>Coach row added</source>
        <translation>Työhönvalmentajarivi lisätty</translation>
    </message>
    <message>
        <source>Record row added</source>
        <translation>Asiakaskirjausrivi lisätty</translation>
    </message>
    <message>
        <source>The workbook row is no longer stored.</source>
        <translation>Aineistotaulukon riviä ei ole enää tallessa.</translation>
    </message>
    <message>
        <source>Coach row changed</source>
        <translation>Työhönvalmentajarivi muutettu</translation>
    </message>
    <message>
        <source>Record row changed</source>
        <translation>Asiakaskirjausrivi muutettu</translation>
    </message>
    <message>
        <source>Coach row removed</source>
        <translation>Työhönvalmentajarivi poistettu</translation>
    </message>
    <message>
        <source>Record row removed</source>
        <translation>Asiakaskirjausrivi poistettu</translation>
    </message>
    <message>
        <source>Record Sample Not Cleared</source>
        <translation>Asiakaskirjausotosta ei poistettu</translation>
    </message>
    <message numerus="yes">
        <source>%n record rows cleared; the figures they gave are kept</source>
        <translation>
            <numerusform>%n asiakaskirjausrivi poistettu; siitä lasketut luvut säilytettiin</numerusform>
            <numerusform>%n asiakaskirjausriviä poistettu; niistä lasketut luvut säilytettiin</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>laatu::gui::ReviewWorkspace</name>
    <message>
        <source>&amp;Criteria</source>
        <translation>&amp;Kriteerit</translation>
    </message>
    <message>
        <source>C&amp;onsensus</source>
        <translation>Kons&amp;ensus</translation>
    </message>
    <message>
        <source>Finalise…</source>
        <translation>Viimeistele…</translation>
    </message>
    <message>
        <source>Locks the review: every criterion has a consensus rating and the reasons are written.</source>
        <translation>Lukitsee arvioinnin: jokaisella kriteerillä on konsensuspistemäärä ja perustelut on kirjoitettu.</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>Avaa uudelleen…</translation>
    </message>
    <message>
        <source>Close Review</source>
        <translation>Sulje arviointi</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · reviewers: %4</source>
        <translation>%1 · %2 · %3 · arvioijat: %4</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ei ketään</translation>
    </message>
    <message>
        <source>Final: read-only</source>
        <translation>Lopullinen: vain luku</translation>
    </message>
    <message>
        <source>Fin&amp;dings and Actions</source>
        <translation>&amp;Havainnot ja toimenpiteet</translation>
    </message>
    <message>
        <source>Review views</source>
        <translation>Arvioinnin näkymät</translation>
    </message>
    <message>
        <source>&amp;Workbook</source>
        <translation>Aineistotau&amp;lukko</translation>
    </message>
    <message>
        <source>V&amp;isit Plan</source>
        <translation>Kä&amp;yntiohjelma</translation>
    </message>
</context>
<context>
    <name>laatu::gui::ScorePanel</name>
    <message>
        <source>Score: %1</source>
        <translation>Tulos: %1</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Mean %1</source>
        <translation>Keskiarvo %1</translation>
    </message>
    <message>
        <source>%1 of %2 criteria rated</source>
        <translation>%1/%2 kriteeriä pisteytetty</translation>
    </message>
    <message>
        <source>Level: when all are rated</source>
        <translation>Taso selviää, kun kaikki on pisteytetty</translation>
    </message>
    <message>
        <source>Every criterion is rated.</source>
        <translation>Kaikki kriteerit on pisteytetty.</translation>
    </message>
    <message>
        <source>Unrated: %1</source>
        <translation>Pisteyttämättä: %1</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Pisteet yhteensä %1</translation>
    </message>
</context>
<context>
    <name>laatu::gui::ServerPasswordDialog</name>
    <message>
        <source>Programme Server Password</source>
        <translation>Ohjelman palvelimen salasana</translation>
    </message>
    <message>
        <source>The password of %1 on the programme server:</source>
        <translation>Käyttäjän %1 salasana ohjelman palvelimella:</translation>
    </message>
    <message>
        <source>The programme server did not accept the login: %1

The password of %2:</source>
        <translation>Ohjelman palvelin ei hyväksynyt kirjautumista: %1

Käyttäjän %2 salasana:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Salasana</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Sa&amp;lasana:</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keyring</source>
        <translation>&amp;Muista salasana järjestelmän avainnipussa</translation>
    </message>
</context>
<context>
    <name>laatu::gui::ShortcutsDialog</name>
    <message>
        <source>On a criterion page</source>
        <translation>Kriteerisivulla</translation>
    </message>
</context>
<context>
    <name>laatu::gui::SiteActions</name>
    <message>
        <source>Site Not Saved</source>
        <translation>Toimipistettä ei tallennettu</translation>
    </message>
    <message>
        <source>Site %1 added</source>
        <translation>Toimipiste %1 lisätty</translation>
    </message>
    <message>
        <source>Site %1 archived; “Show archived sites” lists it.</source>
        <translation>Toimipiste %1 arkistoitu; se näkyy valinnalla ”Näytä arkistoidut toimipisteet”.</translation>
    </message>
    <message>
        <source>Site %1 is active again</source>
        <translation>Toimipiste %1 on taas käytössä</translation>
    </message>
    <message>
        <source>Site %1 changed</source>
        <translation>Toimipiste %1 muutettu</translation>
    </message>
    <message>
        <source>Site %1 saved (Ctrl+Z undoes it)</source>
        <translation>Toimipiste %1 tallennettu (Ctrl+Z kumoaa)</translation>
    </message>
    <message>
        <source>Site %1 archived</source>
        <translation>Toimipiste %1 arkistoitu</translation>
    </message>
    <message>
        <source>Site %1 restored</source>
        <translation>Toimipiste %1 palautettu</translation>
    </message>
</context>
<context>
    <name>laatu::gui::SiteDialog</name>
    <message>
        <source>New Site</source>
        <translation>Uusi toimipiste</translation>
    </message>
    <message>
        <source>Site Details</source>
        <translation>Toimipisteen tiedot</translation>
    </message>
    <message>
        <source>Used in this database; not one of the wellbeing services counties</source>
        <translation>Käytössä tässä tietokannassa; ei mikään hyvinvointialueista</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>Muu…</translation>
    </message>
    <message>
        <source>Type a county that is not in the list</source>
        <translation>Kirjoita hyvinvointialue, jota ei ole luettelossa</translation>
    </message>
</context>
<context>
    <name>laatu::gui::SiteHistoryView</name>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Toimipiste:</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Toimipiste</translation>
    </message>
    <message>
        <source>Show s&amp;ections</source>
        <translation>Näytä &amp;osiot</translation>
    </message>
    <message>
        <source>Adds a line per section of the catalog to the chart.</source>
        <translation>Lisää kaavioon viivan kriteeristön kullekin osiolle.</translation>
    </message>
    <message>
        <source>E&amp;xport Chart…</source>
        <translation>&amp;Vie kaavio…</translation>
    </message>
    <message>
        <source>Saves the chart as a PNG or SVG image.</source>
        <translation>Tallentaa kaavion PNG- tai SVG-kuvana.</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Arvioinnit</translation>
    </message>
    <message>
        <source>&amp;Changes</source>
        <translation>&amp;Muutokset</translation>
    </message>
    <message>
        <source>&amp;Follow-up</source>
        <translation>&amp;Seuranta</translation>
    </message>
    <message>
        <source>&amp;Outcomes</source>
        <translation>T&amp;yöllistyminen</translation>
    </message>
    <message>
        <source>Site History</source>
        <translation>Toimipisteen historia</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Fidelity over time: %1</source>
        <translation>Menetelmällinen tarkkuus ajan mittaan: %1</translation>
    </message>
    <message>
        <source>Fidelity over time</source>
        <translation>Menetelmällinen tarkkuus ajan mittaan</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Vie kaavio</translation>
    </message>
    <message>
        <source>fidelity-%1.png</source>
        <translation>tarkkuus-%1.png</translation>
    </message>
    <message>
        <source>Chart Not Saved</source>
        <translation>Kaaviota ei tallennettu</translation>
    </message>
    <message>
        <source>Changes and follow-up</source>
        <translation>Muutokset ja seuranta</translation>
    </message>
</context>
<context>
    <name>laatu::gui::SiteReviewsTable</name>
    <message>
        <source>Reviews of the site</source>
        <translation>Toimipisteen arvioinnit</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Kesken</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Käynti</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Laji</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Pisteet</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Keskiarvo</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Taso</translation>
    </message>
    <message>
        <source>%1 of %2 criteria rated: no total until all are</source>
        <translation>%1/%2 kriteeriä pisteytetty: pisteet yhteensä vasta, kun kaikki on pisteytetty</translation>
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
        <translation>kesken</translation>
    </message>
    <message>
        <source>%1: incomplete, %2 of %3 criteria rated</source>
        <translation>%1: kesken, %2/%3 kriteeriä pisteytetty</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <source>No reviews to compare.</source>
        <translation>Ei vertailtavia arviointeja.</translation>
    </message>
    <message>
        <source>Totals by site</source>
        <translation>Pisteet yhteensä toimipisteittäin</translation>
    </message>
    <message>
        <source>incomplete: %1 of %2 criteria rated</source>
        <translation>kesken: %1/%2 kriteeriä pisteytetty</translation>
    </message>
    <message>
        <source>Total (%1–%2); bar colour: level; highest first</source>
        <translation>Pisteet yhteensä (%1–%2); palkin väri: taso; suurimmat ensin</translation>
    </message>
</context>
<context>
    <name>laatu::gui::UndoActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Kumoa</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Tee uudelleen</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Kumottu: %1</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>Tehty uudelleen: %1</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Kumoa %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Tee uudelleen %1</translation>
    </message>
</context>
<context>
    <name>laatu::gui::VisitPlanDelegate</name>
    <message>
        <source>Day of the visit</source>
        <translation>Käynnin päivä</translation>
    </message>
</context>
<context>
    <name>laatu::gui::VisitPlanTableModel</name>
    <message>
        <source>Day %1 is after the visit&apos;s last day</source>
        <translation>Päivä %1 on käynnin viimeisen päivän jälkeen</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Päivä</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Alkaa</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Päättyy</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Sisältö</translation>
    </message>
    <message>
        <source>With whom</source>
        <translation>Osallistujat</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Paikka</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time of day; type it as 9:30 or 09:30.</source>
        <translation>&quot;%1&quot; ei ole kellonaika; kirjoita se muodossa 9:30 tai 09:30.</translation>
    </message>
</context>
<context>
    <name>laatu::gui::VisitPlanView</name>
    <message>
        <source>The agenda of the site visit, agreed with the service and sent to it before the visit. Type in a cell to change it (F2 edits, Enter saves, Shift+Enter starts a new line in What and With whom, Esc cancels).</source>
        <translation>Arviointikäynnin ohjelma, joka sovitaan palvelun kanssa ja lähetetään sille ennen käyntiä. Muuta ohjelmaa kirjoittamalla soluun (F2 muokkaa, Enter tallentaa, Shift+Enter aloittaa uuden rivin Sisältö- ja Osallistujat-sarakkeissa, Esc peruuttaa).</translation>
    </message>
    <message>
        <source>Visit plan</source>
        <translation>Käyntiohjelma</translation>
    </message>
    <message>
        <source>Add I&amp;tem</source>
        <translation>&amp;Uusi kohta</translation>
    </message>
    <message>
        <source>Add an item to the visit plan</source>
        <translation>Lisää käyntiohjelmaan kohta</translation>
    </message>
    <message>
        <source>Re&amp;move Item</source>
        <translation>&amp;Poista kohta</translation>
    </message>
    <message>
        <source>Remove the current item of the visit plan</source>
        <translation>Poista käyntiohjelman valittu kohta</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Siirrä yl&amp;ös</translation>
    </message>
    <message>
        <source>Move the current item up</source>
        <translation>Siirrä valittua kohtaa ylöspäin</translation>
    </message>
    <message>
        <source>Move Dow&amp;n</source>
        <translation>&amp;Siirrä alas</translation>
    </message>
    <message>
        <source>Move the current item down</source>
        <translation>Siirrä valittua kohtaa alaspäin</translation>
    </message>
    <message>
        <source>Start from Tem&amp;plate</source>
        <translation>Aloita poh&amp;jasta</translation>
    </message>
    <message>
        <source>Start the visit plan from the built-in template</source>
        <translation>Luo käyntiohjelma sisäänrakennetusta pohjasta</translation>
    </message>
    <message>
        <source>Use &amp;Your Own Template…</source>
        <translation>&amp;Valitse oma pohja…</translation>
    </message>
    <message>
        <source>Start the visit plan from a template file</source>
        <translation>Luo käyntiohjelma pohjatiedostosta</translation>
    </message>
    <message>
        <source>E&amp;xport PDF…</source>
        <translation>Vie PD&amp;F…</translation>
    </message>
    <message>
        <source>Save the visit plan as a PDF letter</source>
        <translation>Tallenna käyntiohjelma PDF-kirjeenä</translation>
    </message>
    <message>
        <source>Export for Editin&amp;g (ODT)…</source>
        <translation>Vie muokattavaksi (O&amp;DT)…</translation>
    </message>
    <message>
        <source>Save the visit plan as an OpenDocument text to edit</source>
        <translation>Tallenna käyntiohjelma muokattavaksi OpenDocument-tekstiksi</translation>
    </message>
    <message>
        <source>Print P&amp;lan…</source>
        <translation>Tulosta k&amp;äyntiohjelma…</translation>
    </message>
    <message>
        <source>Print the visit plan</source>
        <translation>Tulosta käyntiohjelma</translation>
    </message>
    <message>
        <source>The review is final, so its visit plan is read-only. Reopen the review to change it.</source>
        <translation>Arviointi on lopullinen, joten sen käyntiohjelma on vain luku -tilassa. Avaa arviointi uudelleen, jos haluat muuttaa ohjelmaa.</translation>
    </message>
    <message>
        <source>The database is open read-only, so the visit plan cannot be changed.</source>
        <translation>Tietokanta on avattu vain luku -tilaan, joten käyntiohjelmaa ei voi muuttaa.</translation>
    </message>
    <message>
        <source>This review has no visit plan yet. Start from the template and change what differs at this site.</source>
        <translation>Tällä arvioinnilla ei ole vielä käyntiohjelmaa. Aloita pohjasta ja muuta se, mikä tässä toimipisteessä on toisin.</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Uusi kohta</translation>
    </message>
    <message>
        <source>Replace the Visit Plan</source>
        <translation>Korvaa käyntiohjelma</translation>
    </message>
    <message numerus="yes">
        <source>The visit plan has %n item(s). Replace them with the template&apos;s? Undo brings them back.</source>
        <translation>
            <numerusform>Käyntiohjelmassa on %n kohta. Korvataanko se pohjan kohdilla? Kumoa-toiminto palauttaa sen.</numerusform>
            <numerusform>Käyntiohjelmassa on %n kohtaa. Korvataanko ne pohjan kohdilla? Kumoa-toiminto palauttaa ne.</numerusform>
        </translation>
    </message>
    <message>
        <source>Start from a Visit Plan Template</source>
        <translation>Luo käyntiohjelma pohjasta</translation>
    </message>
    <message>
        <source>Visit plan templates (*.json)</source>
        <translation>Käyntiohjelman pohjat (*.json)</translation>
    </message>
    <message>
        <source>Not a Visit Plan Template</source>
        <translation>Ei käyntiohjelman pohja</translation>
    </message>
    <message>
        <source>%1 cannot be used as a visit plan template:

%2</source>
        <translation>Tiedostoa %1 ei voi käyttää käyntiohjelman pohjana:

%2</translation>
    </message>
    <message>
        <source>%1 visit plan %2.%3</source>
        <translation>%1 käyntiohjelma %2.%3</translation>
    </message>
    <message>
        <source>Save Visit Plan for Editing</source>
        <translation>Tallenna käyntiohjelma muokattavaksi</translation>
    </message>
    <message>
        <source>Save Visit Plan</source>
        <translation>Tallenna käyntiohjelma</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>OpenDocument-teksti (*.odt)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-asiakirjat (*.pdf)</translation>
    </message>
    <message>
        <source>Visit Plan Not Saved</source>
        <translation>Käyntiohjelmaa ei tallennettu</translation>
    </message>
    <message>
        <source>Visit plan saved for editing: %1</source>
        <translation>Käyntiohjelma tallennettu muokattavaksi: %1</translation>
    </message>
    <message numerus="yes">
        <source>Visit plan saved: %1 (%n page(s))</source>
        <translation>
            <numerusform>Käyntiohjelma tallennettu: %1 (%n sivu)</numerusform>
            <numerusform>Käyntiohjelma tallennettu: %1 (%n sivua)</numerusform>
        </translation>
    </message>
    <message>
        <source>Print Visit Plan</source>
        <translation>Tulosta käyntiohjelma</translation>
    </message>
</context>
<context>
    <name>laatu::gui::WeakestCriteriaTable</name>
    <message>
        <source>Weakest criteria across the county</source>
        <translation>Hyvinvointialueen heikoimmat kriteerit</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nro</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriteeri</translation>
    </message>
    <message>
        <source>County mean</source>
        <translation>Hyvinvointialueen keskiarvo</translation>
    </message>
    <message>
        <source>Sites at 1–2</source>
        <translation>Toimipisteitä tasolla 1–2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
</context>
<context>
    <name>laatu::gui::WorkbookActions</name>
    <message>
        <source>&amp;Workbook</source>
        <translation>A&amp;ineistotaulukko</translation>
    </message>
    <message>
        <source>Clear Record Sa&amp;mple…</source>
        <translation>Poista asiakaskir&amp;jausotos…</translation>
    </message>
    <message>
        <source>Deletes the final review&apos;s record rows and keeps the figures they gave; the review log records it.</source>
        <translation>Poistaa lopullisen arvioinnin asiakaskirjausrivit ja säilyttää niistä lasketut luvut; poisto kirjataan arvioinnin lokiin.</translation>
    </message>
    <message numerus="yes">
        <source>The review is final. Its workbook still holds %n record rows.</source>
        <translation>
            <numerusform>Arviointi on lopullinen. Sen aineistotaulukossa on yhä %n asiakaskirjausrivi.</numerusform>
            <numerusform>Arviointi on lopullinen. Sen aineistotaulukossa on yhä %n asiakaskirjausriviä.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear them now and keep only the figures they gave? The figures stay on the criterion pages as typed figures and the review log records the clearing. You can also do it later: Review → Clear Record Sample….</source>
        <translation>Poistetaanko rivit nyt niin, että vain niistä lasketut luvut säilytetään? Luvut jäävät kriteerisivuille käsin syötettyinä, ja poisto kirjataan arvioinnin lokiin. Voit tehdä tämän myös myöhemmin: Arviointi → Poista asiakaskirjausotos….</translation>
    </message>
    <message>
        <source>Clear the Record Sample?</source>
        <translation>Poistetaanko asiakaskirjausotos?</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n record rows of this review for good and keep only the figures they gave, as typed figures?</source>
        <translation>
            <numerusform>Poistetaanko tämän arvioinnin %n asiakaskirjausrivi pysyvästi niin, että vain siitä lasketut luvut säilytetään käsin syötettyinä?</numerusform>
            <numerusform>Poistetaanko tämän arvioinnin %n asiakaskirjausriviä pysyvästi niin, että vain niistä lasketut luvut säilytetään käsin syötettyinä?</numerusform>
        </translation>
    </message>
    <message>
        <source>This cannot be undone; the review log records it. Backups made from now on hold no record codes.</source>
        <translation>Poistoa ei voi kumota, ja se kirjataan arvioinnin lokiin. Tästä eteenpäin tehtävissä varmuuskopioissa ei ole asiakaskirjausten koodeja.</translation>
    </message>
    <message>
        <source>Clear Record Sample</source>
        <translation>Poista asiakaskirjausotos</translation>
    </message>
    <message>
        <source>Visit &amp;Plan</source>
        <translation>Kä&amp;yntiohjelma</translation>
    </message>
</context>
<context>
    <name>laatu::gui::WorkbookItemDelegate</name>
    <message>
        <source>Yes</source>
        <translation>Kyllä</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ei</translation>
    </message>
</context>
<context>
    <name>laatu::gui::WorkbookTableModel</name>
    <message>
        <source>Yes</source>
        <translation>Kyllä</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ei</translation>
    </message>
    <message>
        <source>Coach (code or first name)</source>
        <translation>Työhönvalmentaja (koodi tai etunimi)</translation>
    </message>
    <message>
        <source>Record code</source>
        <translation>Asiakaskirjauksen koodi</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid value for &quot;%2&quot;; the stored value is kept.</source>
        <translation>&quot;%1&quot; ei ole kelvollinen arvo kentälle &quot;%2&quot;; tallennettu arvo säilytetään.</translation>
    </message>
</context>
<context>
    <name>laatu::gui::WorkbookTablePanel</name>
    <message>
        <source>&amp;Job coaches</source>
        <translation>Työhön&amp;valmentajat</translation>
    </message>
    <message>
        <source>Record sam&amp;ple</source>
        <translation>Asiakaskir&amp;jausotos</translation>
    </message>
    <message>
        <source>Job coaches</source>
        <translation>Työhönvalmentajat</translation>
    </message>
    <message>
        <source>Record sample</source>
        <translation>Asiakaskirjausotos</translation>
    </message>
    <message>
        <source>Add Jo&amp;b Coach</source>
        <translation>Li&amp;sää työhönvalmentaja</translation>
    </message>
    <message>
        <source>Add C&amp;lient Record</source>
        <translation>Lis&amp;ää asiakaskirjaus</translation>
    </message>
    <message>
        <source>Adds a row and puts the cursor in its code (Insert or Ctrl+N in the table)</source>
        <translation>Lisää rivin ja siirtää kohdistimen sen koodiin (taulukossa Insert tai Ctrl+N)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>Removes the chosen row (Delete in the table); Ctrl+Z brings it back</source>
        <translation>Poistaa valitun rivin (taulukossa Delete); Ctrl+Z palauttaa sen</translation>
    </message>
    <message>
        <source>Add a job coach</source>
        <translation>Lisää työhönvalmentaja</translation>
    </message>
    <message>
        <source>Add a client record</source>
        <translation>Lisää asiakaskirjaus</translation>
    </message>
    <message>
        <source>Remove the coach row</source>
        <translation>Poista työhönvalmentajarivi</translation>
    </message>
    <message>
        <source>Remove the record row</source>
        <translation>Poista asiakaskirjausrivi</translation>
    </message>
    <message>
        <source>What the figures rest on</source>
        <translation>Lukujen perusteet</translation>
    </message>
    <message>
        <source>Only pseudonymous codes here (e.g. A1, A2), never a client&apos;s name or personal identity code: the record sample is the most sensitive data in the review, stays on this laptop and is cleared once the review is final.</source>
        <translation>Kirjaa tähän vain pseudonyymejä koodeja (esim. A1, A2), ei koskaan asiakkaan nimeä tai henkilötunnusta: asiakaskirjausotos on arvioinnin arkaluonteisin aineisto, se pysyy tällä kannettavalla ja poistetaan, kun arviointi on lopullinen.</translation>
    </message>
    <message>
        <source>The record sample was cleared after the review was final. The figures it gave are kept as typed figures on the criterion pages.</source>
        <translation>Asiakaskirjausotos poistettiin, kun arviointi oli lopullinen. Siitä lasketut luvut on säilytetty kriteerisivuilla käsin syötettyinä.</translation>
    </message>
    <message numerus="yes">
        <source>%n coaches</source>
        <translation>
            <numerusform>%n työhönvalmentaja</numerusform>
            <numerusform>%n työhönvalmentajaa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n records</source>
        <translation>
            <numerusform>%n asiakaskirjaus</numerusform>
            <numerusform>%n asiakaskirjausta</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no figures computed from them yet.</source>
        <translation>%1: niistä ei ole vielä laskettu lukuja.</translation>
    </message>
    <message numerus="yes">
        <source>%1: the figures of criteria %2 rest on them.</source>
        <translation>
            <numerusform>%1: kriteerin %2 luvut perustuvat niihin.</numerusform>
            <numerusform>%1: kriteerien %2 luvut perustuvat niihin.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check: %1.</source>
        <translation>Tarkista: %1.</translation>
    </message>
    <message>
        <source>New coach: type a code or first name, then Tab to the next cell</source>
        <translation>Uusi työhönvalmentaja: kirjoita koodi tai etunimi ja siirry Sarkaimella seuraavaan soluun</translation>
    </message>
    <message>
        <source>New record: type its pseudonymous code, then Tab to the next cell</source>
        <translation>Uusi asiakaskirjaus: kirjoita sen pseudonyymi koodi ja siirry Sarkaimella seuraavaan soluun</translation>
    </message>
    <message>
        <source>Choose the row to remove first</source>
        <translation>Valitse ensin poistettava rivi</translation>
    </message>
    <message>
        <source>Row removed; Ctrl+Z brings it back</source>
        <translation>Rivi poistettu; Ctrl+Z palauttaa sen</translation>
    </message>
</context>
<context>
    <name>laatu::gui::WorkbookView</name>
    <message>
        <source>The numeric criteria take their figures from these rows as they are typed; a figure typed on a criterion page is used instead.</source>
        <translation>Lukuihin perustuvat kriteerit saavat lukunsa näistä riveistä sitä mukaa kuin niitä kirjoitetaan; kriteerisivulle käsin syötettyä lukua käytetään niiden sijaan.</translation>
    </message>
    <message>
        <source>The record sample was cleared: the figures of criterion %1 are kept as typed</source>
        <translation>Asiakaskirjausotos on poistettu: kriteerin %1 luvut on säilytetty käsin syötettyinä</translation>
    </message>
    <message>
        <source>The rows behind the figures of criterion %1 are selected</source>
        <translation>Rivit, joihin kriteerin %1 luvut perustuvat, on valittu</translation>
    </message>
    <message>
        <source>No row holds the figures of criterion %1 yet</source>
        <translation>Millään rivillä ei ole vielä kriteerin %1 lukuja</translation>
    </message>
</context>
<context>
    <name>laatu::gui::WriterChecks</name>
    <message>
        <source>Checking the database…</source>
        <translation>Tarkistetaan tietokantaa…</translation>
    </message>
    <message>
        <source>The database is damaged: nothing more is saved.</source>
        <translation>Tietokanta on vioittunut: mitään ei enää tallenneta.</translation>
    </message>
    <message>
        <source>Database Damaged</source>
        <translation>Tietokanta on vioittunut</translation>
    </message>
    <message>
        <source>Database checked.</source>
        <translation>Tietokanta tarkistettu.</translation>
    </message>
    <message>
        <source>Backup Failed</source>
        <translation>Varmuuskopiointi epäonnistui</translation>
    </message>
    <message>
        <source>Backup Not Put Back</source>
        <translation>Varmuuskopiota ei palautettu</translation>
    </message>
    <message>
        <source>making the daily backup</source>
        <translation>päivittäistä varmuuskopiota tehtäessä</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Laatu: IPS fidelity reviews against the 25 quality criteria.</source>
        <translation>Laatu: IPS-työhönvalmennuksen menetelmällisen tarkkuuden arviointi 25 laatukriteerin avulla.</translation>
    </message>
    <message>
        <source>Show the criteria catalog in &lt;file&gt; instead of the built-in one.</source>
        <translation>Näyttää tiedoston &lt;file&gt; kriteeristön sisäänrakennetun sijaan.</translation>
    </message>
    <message>
        <source>Show the main window, let pending events run, then exit (for start-up measurements).</source>
        <translation>Näyttää pääikkunan, käsittelee odottavat tapahtumat ja lopettaa (käynnistysajan mittauksia varten).</translation>
    </message>
    <message>
        <source>Try &apos;laatu --help&apos;.</source>
        <translation>Kokeile komentoa &apos;laatu --help&apos;.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;; try &apos;laatu --help&apos;.</source>
        <translation>odottamaton argumentti &quot;%1&quot;; kokeile komentoa &apos;laatu --help&apos;.</translation>
    </message>
    <message>
        <source>Laatu Cannot Start</source>
        <translation>Laatu-sovellusta ei voi käynnistää</translation>
    </message>
    <message>
        <source>Catalog Not Loaded</source>
        <translation>Kriteeristöä ei ladattu</translation>
    </message>
    <message>
        <source>%1 is not a valid criteria catalog; Laatu shows the built-in catalog instead.

Problems found:
• %2</source>
        <translation>%1 ei ole kelvollinen kriteeristö, joten Laatu näyttää sen sijaan sisäänrakennetun kriteeristön.

Löydetyt ongelmat:
• %2</translation>
    </message>
    <message>
        <source>Open the database in &lt;path&gt; (default: your own Laatu database).</source>
        <translation>Avaa tietokannan sijainnista &lt;path&gt; (oletus: oma Laatu-tietokantasi).</translation>
    </message>
    <message>
        <source>Database Not Opened</source>
        <translation>Tietokantaa ei avattu</translation>
    </message>
    <message>
        <source>no display was found (DISPLAY is not set). Start Laatu on a desktop, or use laatu-cli on the command line.</source>
        <translation>näyttöä ei löytynyt (DISPLAY-muuttujaa ei ole asetettu). Käynnistä Laatu työpöytäympäristössä tai käytä komentoriviltä laatu-cli-ohjelmaa.</translation>
    </message>
</context>
</TS>
