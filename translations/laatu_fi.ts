<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi">
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
    <name>BackupService</name>
    <message>
        <source>making a backup</source>
        <translation>varmuuskopion tekeminen</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be created.</source>
        <translation>Varmuuskopiokansiota %1 ei voi luoda.</translation>
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
        <source>The backup cannot be restored: %1</source>
        <translation>Varmuuskopiota ei voi palauttaa: %1</translation>
    </message>
    <message>
        <source>The database is open in Laatu; close it before restoring a backup.</source>
        <translation>Tietokanta on auki Laatu-sovelluksessa; sulje se ennen varmuuskopion palauttamista.</translation>
    </message>
    <message>
        <source>%1 cannot be moved aside for the restore.</source>
        <translation>Tiedostoa %1 ei voi siirtää sivuun palauttamista varten.</translation>
    </message>
    <message>
        <source>restoring the backup</source>
        <translation>varmuuskopion palauttaminen</translation>
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
</context>
<context>
    <name>CatalogReader</name>
    <message>
        <source>The catalog file %1 does not exist.</source>
        <translation>Kriteeristötiedostoa %1 ei ole olemassa.</translation>
    </message>
    <message>
        <source>The catalog file %1 is too large (%2 bytes; at most %3 bytes).</source>
        <translation>Kriteeristötiedosto %1 on liian suuri (%2 tavua; enintään %3 tavua).</translation>
    </message>
    <message>
        <source>The catalog file %1 cannot be read: %2.</source>
        <translation>Kriteeristötiedostoa %1 ei voi lukea: %2.</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Check the database: quick, integrity and foreign key checks.</source>
        <translation>Tarkistaa tietokannan: pikatarkistus, eheystarkistus ja viiteavainten tarkistus.</translation>
    </message>
    <message>
        <source>Runs SQLite&apos;s quick_check, integrity_check and foreign_key_check on the database (read-only) and gives a verdict.</source>
        <translation>Ajaa tietokannalle SQLiten tarkistukset quick_check, integrity_check ja foreign_key_check (vain luku) ja antaa tuloksen.</translation>
    </message>
    <message>
        <source>%1: ok, no problems found.</source>
        <translation>%1: kunnossa, ongelmia ei löytynyt.</translation>
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
    <name>Database</name>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>Tiedostoa %1 ei voi lukea: %2.</translation>
    </message>
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
        <source>checking the database</source>
        <translation>tietokannan tarkistaminen</translation>
    </message>
    <message>
        <source>The database check found problems: %1</source>
        <translation>Tietokannan tarkistuksessa löytyi ongelmia: %1</translation>
    </message>
    <message>
        <source>the file turned out to be damaged; restore the newest backup</source>
        <translation>tiedosto osoittautui vahingoittuneeksi; palauta uusin varmuuskopio</translation>
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
        <translation>Tietokantaan %3 luotiin toimipisteitä %1 ja arviointeja %2 (%4 ms).</translation>
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
    <name>ImportCommand</name>
    <message>
        <source>Import review files; a file already imported changes nothing.</source>
        <translation>Tuo arviointitiedostoja; jo tuotu tiedosto ei muuta mitään.</translation>
    </message>
    <message>
        <source>Reads and checks every file first; if any is broken, nothing is written. Then each review is saved in one transaction. A review is matched by its UUID.</source>
        <translation>Lukee ja tarkistaa ensin kaikki tiedostot; jos jokin niistä on virheellinen, mitään ei kirjoiteta. Sen jälkeen kukin arviointi tallennetaan omana transaktionaan. Arvioinnit tunnistetaan UUID-tunnuksen perusteella.</translation>
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
        <source>&amp;Open Catalog File…</source>
        <translation>&amp;Avaa kriteeristötiedosto…</translation>
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
    <name>RestoreCommand</name>
    <message>
        <source>Replace the database by a backup; the current file is kept aside.</source>
        <translation>Korvaa tietokannan varmuuskopiolla; nykyinen tiedosto säilytetään sivussa.</translation>
    </message>
    <message>
        <source>Checks the backup, moves the current database (with its -wal and -shm files) aside under a new name, and writes the backup in its place. Laatu must not have the database open.</source>
        <translation>Tarkistaa varmuuskopion, siirtää nykyisen tietokannan (ja sen -wal- ja -shm-tiedostot) sivuun uudelle nimelle ja kirjoittaa varmuuskopion sen tilalle. Tietokanta ei saa olla auki Laatu-sovelluksessa.</translation>
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
</context>
<context>
    <name>ReviewDocumentReader</name>
    <message>
        <source>reading review %1</source>
        <translation>arvioinnin %1 lukeminen</translation>
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
        <translation>tiedosto on suurempi kuin %1 MiB</translation>
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
        <source>&quot;formatVersion&quot; must be %1</source>
        <translation>&quot;formatVersion&quot;-arvon on oltava %1</translation>
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
</context>
<context>
    <name>ReviewFileIo</name>
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
        <source>there is no such file</source>
        <translation>tiedostoa ei ole olemassa</translation>
    </message>
    <message>
        <source>the file is too large for a review file (%1 bytes; at most %2)</source>
        <translation>tiedosto on liian suuri arviointitiedostoksi (%1 tavua; enintään %2)</translation>
    </message>
    <message>
        <source>the file cannot be read: %1</source>
        <translation>tiedostoa ei voi lukea: %1</translation>
    </message>
    <message>
        <source>%1 was not written: the review cannot be a review file (%2).</source>
        <translation>Tiedostoa %1 ei kirjoitettu: arviointia ei voi tallentaa arviointitiedostoksi (%2).</translation>
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
    <name>Translator</name>
    <message>
        <source>System language</source>
        <translation>Järjestelmän kieli</translation>
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
        <source>
&apos;laatu-cli &lt;command&gt; --help&apos; describes a command.

Exit codes: 0 ok, 2 wrong usage, 3 bad input or output file, 4 database problem.
</source>
        <translation>
&apos;laatu-cli &lt;command&gt; --help&apos; kuvaa komennon.

Paluukoodit: 0 onnistui, 2 väärä käyttö, 3 virheellinen syöte- tai tulostiedosto, 4 tietokantaongelma.
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
    <name>laatu::gui::MainWindow</name>
    <message>
        <source>Laatu – %1</source>
        <translation>Laatu – %1</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>Järjestelmän kieli</translation>
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
        <source>Reviews</source>
        <translation>Arvioinnit</translation>
    </message>
</context>
<context>
    <name>laatu::gui::ReviewListPanel</name>
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
        <source>Reviews</source>
        <translation>Arvioinnit</translation>
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
        <source>Backup Failed</source>
        <translation>Varmuuskopiointi epäonnistui</translation>
    </message>
</context>
</TS>
