<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi">
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
        <translation>odottamaton argumentti "%1"</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot;; use fi, sv or en</source>
        <translation>tuntematon kieli "%1"; käytä arvoa fi, sv tai en</translation>
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
        <translation>kriteeristössä ei ole tekstejä kielellä "%1" (kielet: %2)</translation>
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
        <translation>ei ole Laatu-kriteeristö ("format"-arvon on oltava "%1")</translation>
    </message>
    <message>
        <source>catalog format version %1 is newer than this Laatu reads (%2); update Laatu</source>
        <translation>kriteeristön tiedostomuodon versio %1 on uudempi kuin tämä Laatu osaa lukea (%2); päivitä Laatu</translation>
    </message>
    <message>
        <source>&quot;formatVersion&quot; must be %1</source>
        <translation>"formatVersion"-arvon on oltava %1</translation>
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
        <translation>"%1" ei ole kaksikirjaiminen kielikoodi</translation>
    </message>
    <message>
        <source>the catalog must name at least one language</source>
        <translation>kriteeristössä on nimettävä vähintään yksi kieli</translation>
    </message>
    <message>
        <source>the catalog id &quot;%1&quot; may hold only a-z, 0-9 and single hyphens</source>
        <translation>kriteeristön tunnuksessa "%1" saa olla vain merkkejä a-z ja 0-9 sekä yksittäisiä yhdysmerkkejä</translation>
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
        <translation>näytön lähde "%1" toistuu</translation>
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
        <translation>"incomplete" on varattu arvioinneille, joissa on pisteyttämättömiä kriteerejä</translation>
    </message>
    <message>
        <source>duplicate level key &quot;%1&quot;</source>
        <translation>tason avain "%1" toistuu</translation>
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
        <translation>tuntematon näytön lähde "%1"</translation>
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
    <name>CommandParser</name>
    <message>
        <source>laatu-cli %1: %2</source>
        <translation>laatu-cli %1: %2</translation>
    </message>
    <message>
        <source>Try &apos;laatu-cli %1 --help&apos;.</source>
        <translation>Kokeile komentoa 'laatu-cli %1 --help'.</translation>
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
    <name>JsonChecker</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing</source>
        <translation>"%1" puuttuu</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a non-empty text</source>
        <translation>"%1" on oltava ei-tyhjä teksti</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number</source>
        <translation>"%1" on oltava kokonaisluku</translation>
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
        <translation>teksti puuttuu kieleltä "%1"</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list</source>
        <translation>"%1" on oltava luettelo</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>on oltava objekti</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>"%1" on oltava true tai false</translation>
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
        <translation>pistemäärä %1 (%2) on "%3"; käytä kokonaislukua %4-%5 tai merkkiä - pisteyttämättömälle</translation>
    </message>
</context>
<context>
    <name>RuleParser</name>
    <message>
        <source>unknown suggestion kind &quot;%1&quot; (expected descriptive, bands or elements)</source>
        <translation>tuntematon ehdotuksen laji "%1" (odotettiin descriptive, bands tai elements)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must say true or false when &quot;%2&quot; is given</source>
        <translation>"%1" on oltava true tai false, kun "%2" on annettu</translation>
    </message>
    <message>
        <source>unknown computation &quot;%1&quot; (expected ratio or percent)</source>
        <translation>tuntematon laskutapa "%1" (odotettiin ratio tai percent)</translation>
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
        <translation>osatekijän avain "%1" toistuu</translation>
    </message>
    <message>
        <source>&quot;ratingByCount&quot; needs one rating for each count from 0 to %1 (%2 values), found %3</source>
        <translation>"ratingByCount" tarvitsee yhden pistemäärän kullekin lukumäärälle 0–%1 (%2 arvoa), löytyi %3</translation>
    </message>
    <message>
        <source>&quot;ratingByCount&quot; for %1 elements must be a whole rating %2-%3</source>
        <translation>"ratingByCount": osatekijämäärän %1 pistemäärän on oltava kokonaisluku %2-%3</translation>
    </message>
    <message>
        <source>&quot;ratingByCount&quot; must not fall as more elements are present (%1 elements give %2)</source>
        <translation>"ratingByCount" ei saa laskea toteutuvien osatekijöiden lisääntyessä (osatekijämäärä %1 antaa %2)</translation>
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
        <translation>tuntematon kriteeri "%1"; tunnukset näet komennolla 'laatu-cli catalog'</translation>
    </message>
    <message>
        <source>criterion &quot;%1&quot; is descriptive: the reviewers rate it against the anchors, there is no suggestion</source>
        <translation>kriteeri "%1" on kuvaileva: arvioijat pisteyttävät sen ankkurikuvausten perusteella, eikä ehdotusta ole</translation>
    </message>
    <message>
        <source>&quot;%1&quot; counts elements present: give a whole number from 0 to %2, not &quot;%3&quot;</source>
        <translation>"%1" laskee toteutuvat osatekijät: anna kokonaisluku väliltä 0–%2, ei "%3"</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number (or A/B with B not 0)</source>
        <translation>"%1" ei ole luku (eikä muotoa A/B, jossa B ei ole 0)</translation>
    </message>
    <message>
        <source>%1 is outside the range of &quot;%2&quot; (%3 to %4)</source>
        <translation>%1 ei ole suureen "%2" sallitulla välillä (%3–%4)</translation>
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
        <source>
&apos;laatu-cli &lt;command&gt; --help&apos; describes a command.

Exit codes: 0 ok, 2 wrong usage, 3 bad input file, 4 database problem.
</source>
        <translation>
'laatu-cli &lt;command&gt; --help' kuvaa komennon.

Paluukoodit: 0 onnistui, 2 virheellinen käyttö, 3 virheellinen syötetiedosto, 4 tietokantaongelma.
</translation>
    </message>
    <message>
        <source>laatu-cli: no command given</source>
        <translation>laatu-cli: komentoa ei annettu</translation>
    </message>
    <message>
        <source>laatu-cli: unknown command &quot;%1&quot;</source>
        <translation>laatu-cli: tuntematon komento "%1"</translation>
    </message>
    <message>
        <source>Try &apos;laatu-cli --help&apos;.</source>
        <translation>Kokeile komentoa 'laatu-cli --help'.</translation>
    </message>
</context>
<context>
    <name>laatu::ScoreCard</name>
    <message>
        <source>rating for unknown criterion &quot;%1&quot;</source>
        <translation>pistemäärä tuntemattomalle kriteerille "%1"</translation>
    </message>
    <message>
        <source>rating %1 of &quot;%2&quot; is outside the scale %3-%4</source>
        <translation>kriteerin "%2" pistemäärä %1 on asteikon %3-%4 ulkopuolella</translation>
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
        <translation>Kokeile komentoa 'laatu --help'.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;; try &apos;laatu --help&apos;.</source>
        <translation>odottamaton argumentti "%1"; kokeile komentoa 'laatu --help'.</translation>
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
</context>
</TS>
