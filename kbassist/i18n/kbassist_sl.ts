<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sl">
    <context>
        <name>Actions</name>
        <message>
            <location filename="../ui/actions.py" line="+65" />
            <source>Open result &amp;{n}</source>
            <translation>Odpri zadetek &amp;{n}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open the result number {n}</source>
            <translation>Odpri zadetek številka {n}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Search</source>
            <translation>&amp;Iskanje</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Go to the search box</source>
            <translation>Pojdi v iskalno polje</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Back</source>
            <translation>&amp;Nazaj</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Previous opened item</source>
            <translation>Prejšnji odprti element</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Forward</source>
            <translation>Napr&amp;ej</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Next opened item</source>
            <translation>Naslednji odprti element</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Copy answer</source>
            <translation>&amp;Kopiraj odgovor</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Copy the answer to read aloud or paste</source>
            <translation>Kopiraj odgovor za branje na glas ali lepljenje</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Pin or unpin</source>
            <translation>P&amp;ripni ali odpni</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Pin the open item for quick access</source>
            <translation>Pripni odprti element za hiter dostop</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Write a reply</source>
            <translation>Napiši &amp;sporočilo</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Write a reply from a template</source>
            <translation>Napiši sporočilo po predlogi</translation>
        </message>
        <message>
            <location line="+5" />
            <source>F&amp;ind a facility</source>
            <translation>Poišči &amp;poslovalnico</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Nearest facility by postcode or town</source>
            <translation>Najbližja poslovalnica po poštni številki ali kraju</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Content &amp;problems</source>
            <translation>&amp;Težave v vsebini</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Show or hide the content problems</source>
            <translation>Pokaži ali skrij težave v vsebini</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Search &amp;column on Reply and Facilities</source>
            <translation>Iskalni &amp;stolpec pri Sporočilu in Poslovalnicah</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Show or hide the search column while the Reply or Facilities tab is open</source>
            <translation>Pokaži ali skrij iskalni stolpec, ko je odprt zavihek Sporočilo ali Poslovalnice</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Re-read content</source>
            <translation>Ponovno p&amp;reberi vsebino</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Re-read the content folder and update the index</source>
            <translation>Ponovno preberi mapo z vsebino in posodobi indeks</translation>
        </message>
        <message>
            <location line="+5" />
            <source>S&amp;ettings…</source>
            <translation>Nastavitv&amp;e …</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Content folder, your name, text size, language</source>
            <translation>Mapa z vsebino, vaše ime, velikost besedila, jezik</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Larger text</source>
            <translation>&amp;Večje besedilo</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Make the text larger</source>
            <translation>Povečaj besedilo</translation>
        </message>
        <message>
            <location line="+5" />
            <source>S&amp;maller text</source>
            <translation>&amp;Manjše besedilo</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Make the text smaller</source>
            <translation>Pomanjšaj besedilo</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Quit</source>
            <translation>&amp;Končaj</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Close KB Assist</source>
            <translation>Zapri KB Assist</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Edit article</source>
            <translation>&amp;Uredi članek</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Edit the open article or reply template, with a live preview</source>
            <translation>Uredi odprti članek ali predlogo sporočila s sprotnim predogledom</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;New article…</source>
            <translation>&amp;Nov članek …</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Start an article in the editor</source>
            <translation>Začni nov članek v urejevalniku</translation>
        </message>
        <message>
            <location line="+5" />
            <source>D&amp;uplicate article…</source>
            <translation>Po&amp;dvoji članek …</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Copy the open article under a new id</source>
            <translation>Kopiraj odprti članek pod novim ID-jem</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Rena&amp;me or move article…</source>
            <translation>Pre&amp;imenuj ali premakni članek …</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Give the open article a new id; links to it follow</source>
            <translation>Odprtemu članku dodeli nov ID; povezave nanj mu sledijo</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Delete article…</source>
            <translation>Izbri&amp;ši članek …</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Remove the open article (a .bak copy is kept)</source>
            <translation>Odstrani odprti članek (kopija .bak se ohrani)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Open &amp;log folder</source>
            <translation>Odpri mapo z &amp;dnevniki</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Show the folder with KB Assist's log files, for a bug report</source>
            <translation>Pokaži mapo z dnevniškimi datotekami KB Assist, za prijavo napake</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;History…</source>
            <translation>Z&amp;godovina …</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Who changed the open article, and how; compare or restore an old version</source>
            <translation>Kdo je spremenil odprti članek in kako; primerjaj ali obnovi staro različico</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Commit…</source>
            <translation>Po&amp;trdi spremembe …</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Commit your content changes to git, with your git name</source>
            <translation>Potrdi spremembe vsebine v git (commit) z vašim imenom v gitu</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Review</source>
            <translation>Pre&amp;gled</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Show or hide the articles that need review</source>
            <translation>Pokaži ali skrij članke, ki potrebujejo pregled</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Insights</source>
            <translation>Vp&amp;ogledi</translation>
        </message>
        <message>
            <location line="+2" />
            <source>What agents searched for and could not find, and what to add</source>
            <translation>Kaj so svetovalci iskali in niso našli ter kaj dodati</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Answer &amp;helped</source>
            <translation>Odgovor je pom&amp;agal</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Did this answer it? Yes</source>
            <translation>Je to odgovorilo na vprašanje? Da</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Answer did &amp;not help</source>
            <translation>Odgovor ni po&amp;magal</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Did this answer it? No</source>
            <translation>Je to odgovorilo na vprašanje? Ne</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;User guide</source>
            <translation>&amp;Uporabniški priročnik</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The user guide, offline</source>
            <translation>Uporabniški priročnik, brez povezave</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Bližnjice na tipkovnici</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Every action and its keys</source>
            <translation>Vsa dejanja in njihove tipke</translation>
        </message>
        <message>
            <location line="+15" />
            <source>&amp;Copy</source>
            <translation>&amp;Kopiraj</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Copy the reply as plain text</source>
            <translation>Kopiraj sporočilo kot golo besedilo</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Copy &amp;rich text</source>
            <translation>Kopiraj o&amp;blikovano</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Copy the reply as formatted text, for mail and chat tools</source>
            <translation>Kopiraj sporočilo kot oblikovano besedilo, za pošto in klepet</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Open in &amp;mail client</source>
            <translation>Odpri v poš&amp;tnem odjemalcu</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Open the reply in your mail client, ready to send</source>
            <translation>Odpri sporočilo v poštnem odjemalcu, pripravljeno za pošiljanje</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Se&amp;nd</source>
            <translation>Po&amp;šlji</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Send the reply from here</source>
            <translation>Pošlji sporočilo kar od tukaj</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Save .&amp;eml…</source>
            <translation>Shrani .&amp;eml …</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save the reply as an email file (.eml)</source>
            <translation>Shrani sporočilo kot datoteko e-pošte (.eml)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Drafts</source>
            <translation>Os&amp;nutki</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Reopen one of your recent drafts</source>
            <translation>Znova odpri enega od nedavnih osnutkov</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Find a &amp;template</source>
            <translation>Poišči &amp;predlogo</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Find a reply template by any word</source>
            <translation>Poišči predlogo sporočila po kateri koli besedi</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Save</source>
            <translation>&amp;Shrani</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save the file being edited</source>
            <translation>Shrani datoteko, ki jo urejate</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Find and replace</source>
            <translation>&amp;Najdi in zamenjaj</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Find (and replace) text in the file being edited</source>
            <translation>Najdi (in zamenjaj) besedilo v datoteki, ki jo urejate</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Close &amp;tab</source>
            <translation>Zapri &amp;zavihek</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Close the file being edited</source>
            <translation>Zapri datoteko, ki jo urejate</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&amp;File</source>
            <translation>&amp;Datoteka</translation>
        </message>
        <message>
            <location line="+20" />
            <source>&amp;Edit</source>
            <translation>&amp;Urejanje</translation>
        </message>
        <message>
            <location line="+12" />
            <source>&amp;View</source>
            <translation>&amp;Pogled</translation>
        </message>
        <message>
            <location line="+12" />
            <source>&amp;Go</source>
            <translation>P&amp;ojdi</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Repl&amp;y</source>
            <translation>&amp;Sporočilo</translation>
        </message>
        <message>
            <location line="+15" />
            <source>&amp;Help</source>
            <translation>Po&amp;moč</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Anywhere in the window</source>
            <translation>Kjer koli v oknu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>In the reply composer (Reply tab)</source>
            <translation>V urejevalniku sporočila (zavihek Sporočilo)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>In the editor (Editor tab)</source>
            <translation>V urejevalniku (zavihek Pisanje)</translation>
        </message>
    </context>
    <context>
        <name>AnswerCard</name>
        <message>
            <location filename="../ui/article/answer_card.py" line="+66" />
            <source>Answer</source>
            <translation>Odgovor</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Article title</source>
            <translation>Naslov članka</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Answer summary</source>
            <translation>Povzetek odgovora</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Answering passage</source>
            <translation>Odlomek z odgovorom</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Article details</source>
            <translation>Podrobnosti članka</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Copy</source>
            <translation>Kopiraj</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Copy the answer</source>
            <translation>Kopiraj odgovor</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Being fixed</source>
            <translation>V popravilu</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Review status</source>
            <translation>Stanje pregleda</translation>
        </message>
        <message>
            <location line="+106" />
            <source>From {source}</source>
            <translation>Iz: {source}</translation>
        </message>
    </context>
    <context>
        <name>AnswerRating</name>
        <message>
            <location filename="../ui/insights/rating.py" line="+18" />
            <location line="+1" />
            <source>Did this answer it?</source>
            <translation>Je to odgovorilo na vprašanje?</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Yes</source>
            <translation>Da</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Yes, this answered it</source>
            <translation>Da, to je odgovor</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No</source>
            <translation>Ne</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No, this did not answer it</source>
            <translation>Ne, to ni odgovor</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Thanks, noted.</source>
            <translation>Hvala, zabeleženo.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Thanks; the article's editor will see it in Insights.</source>
            <translation>Hvala; urednik članka bo to videl v Vpogledih.</translation>
        </message>
    </context>
    <context>
        <name>ArticleBrowser</name>
        <message>
            <location filename="../ui/article/browser.py" line="+48" />
            <source>Article text</source>
            <translation>Besedilo članka</translation>
        </message>
    </context>
    <context>
        <name>ArticleFileActions</name>
        <message>
            <location filename="../ui/editor/file_actions.py" line="+168" />
            <source>The content is still being read; try again in a moment.</source>
            <translation>Vsebina se še bere; poskusite znova čez trenutek.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>New article</source>
            <translation>Nov članek</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The id is the file's path under articles/, without .md.</source>
            <translation>ID je pot datoteke v mapi articles/, brez .md.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>New article {article_id}: not on disk until saved</source>
            <translation>Nov članek {article_id}: na disku bo šele, ko ga shranite</translation>
        </message>
        <message>
            <location line="+13" />
            <source>copying it</source>
            <translation>kopiranjem</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+14" />
            <source>Duplicate article</source>
            <translation>Podvoji članek</translation>
        </message>
        <message>
            <location line="-5" />
            <source>Copy {article_id} as {new_id}? These files change:</source>
            <translation>Kopiram {article_id} kot {new_id}? Spremenijo se te datoteke:</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Duplicate</source>
            <translation>Podvoji</translation>
        </message>
        <message>
            <location line="+17" />
            <source>renaming the article</source>
            <translation>preimenovanjem članka</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Rename or move article</source>
            <translation>Preimenuj ali premakni članek</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Rename {article_id} to {new_id}? These files change:</source>
            <translation>Preimenujem {article_id} v {new_id}? Spremenijo se te datoteke:</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Rename article</source>
            <translation>Preimenuj članek</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Rename</source>
            <translation>Preimenuj</translation>
        </message>
        <message>
            <location line="+21" />
            <source>deleting it</source>
            <translation>brisanjem</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Delete {article_id}?</source>
            <translation>Izbrišem {article_id}?</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Delete article</source>
            <translation>Izbriši članek</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Delete</source>
            <translation>Izbriši</translation>
        </message>
        <message>
            <location line="+14" />
            <source>The new id for '{article_id}': its path under articles/, without .md.</source>
            <translation>Nov ID za »{article_id}«: njegova pot v mapi articles/, brez .md.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Cannot do that</source>
            <translation>Tega ni mogoče storiti</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Not done</source>
            <translation>Ni narejeno</translation>
        </message>
    </context>
    <context>
        <name>ArticleIdDialog</name>
        <message>
            <location line="-281" />
            <source>Title</source>
            <translation>Naslov</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Language</source>
            <translation>Jezik</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Article id</source>
            <translation>ID članka</translation>
        </message>
        <message>
            <location line="+1" />
            <source>folder/name, e.g. returns/late-returns</source>
            <translation>mapa/ime, npr. returns/late-returns</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Title:</source>
            <translation>Naslov:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Language:</source>
            <translation>Jezik:</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Id:</source>
            <translation>ID:</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Give the article a title.</source>
            <translation>Članku dajte naslov.</translation>
        </message>
    </context>
    <context>
        <name>ArticlePicker</name>
        <message>
            <location filename="../ui/editor/front_matter_form.py" line="+110" />
            <source>Type part of a title</source>
            <translation>Vnesite del naslova</translation>
        </message>
    </context>
    <context>
        <name>ArticleQuoter</name>
        <message>
            <location filename="../ui/composer/quote.py" line="+28" />
            <source>Article to quote</source>
            <translation>Članek za navedbo</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Article to quote…</source>
            <translation>Članek za navedbo …</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Part of the article</source>
            <translation>Del članka</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Insert at cursor</source>
            <translation>Vstavi pri kazal&amp;cu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Insert the chosen part of the article where the cursor is</source>
            <translation>Vstavi izbrani del članka na mesto kazalca</translation>
        </message>
    </context>
    <context>
        <name>ArticleView</name>
        <message>
            <location filename="../ui/article/view.py" line="+120" />
            <source>Translations</source>
            <translation>Prevodi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Also in:</source>
            <translation>Tudi v:</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Last change</source>
            <translation>Zadnja sprememba</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Edit</source>
            <translation>Uredi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edit this article</source>
            <translation>Uredi ta članek</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open this article in the editor (Ctrl+E)</source>
            <translation>Odpri ta članek v urejevalniku (Ctrl+E)</translation>
        </message>
        <message>
            <location line="+211" />
            <source>Internal: not for customers</source>
            <translation>Interno: ni za stranke</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Draft</source>
            <translation>Osnutek</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Open the {name} translation</source>
            <translation>Odpri prevod: {name}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>'{ident}' is not in the content</source>
            <translation>»{ident}« ni v vsebini</translation>
        </message>
    </context>
    <context>
        <name>CheckableFiles</name>
        <message>
            <location filename="../ui/revisions/commit_dialog.py" line="+58" />
            <source> (from {shown})</source>
            <translation> (iz {shown})</translation>
        </message>
        <message>
            <location line="+2" />
            <source> — use your git tool for it</source>
            <translation> — za to uporabite svoje orodje za git</translation>
        </message>
    </context>
    <context>
        <name>CommitDialog</name>
        <message>
            <location line="+83" />
            <source>Commit content changes</source>
            <translation>Potrdi spremembe vsebine</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Changed content &amp;files (only the checked ones are committed):</source>
            <translation>Spremenjene &amp;datoteke vsebine (potrdijo se samo označene):</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Changed content files</source>
            <translation>Spremenjene datoteke vsebine</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Message:</source>
            <translation>&amp;Opis:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Commit message</source>
            <translation>Opis potrditve</translation>
        </message>
        <message>
            <location line="+3" />
            <source>What changed and why. The first line is the summary people see in the history.</source>
            <translation>Kaj se je spremenilo in zakaj. Prva vrstica je povzetek, ki ga drugi vidijo v zgodovini.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Looking for changes…</source>
            <translation>Iščem spremembe …</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Commit</source>
            <translation>&amp;Potrdi</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Committing…</source>
            <translation>Potrjujem …</translation>
        </message>
        <message>
            <location line="+32" />
            <source>The commit will be by {name} &lt;{email}&gt; (from your git config).</source>
            <translation>Avtor potrditve bo {name} &lt;{email}&gt; (iz vaših nastavitev gita).</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Nothing to commit: the content is as in the last commit.</source>
            <translation>Ničesar ni za potrditi: vsebina je enaka kot ob zadnji potrditvi.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{count} changed.</source>
            <translation>Spremenjeno: {count}.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Committed {short_id}: {summary} ({files}). Push with your git tool to share it.</source>
            <translation>Potrjeno {short_id}: {summary} ({files}). Da jo delite z ekipo, jo potisnite (push) s svojim orodjem za git.</translation>
        </message>
    </context>
    <context>
        <name>ComposerWidget</name>
        <message>
            <location filename="../ui/composer/composer.py" line="+166" />
            <source>No template chosen</source>
            <translation>Predloga ni izbrana</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Chosen template</source>
            <translation>Izbrana predloga</translation>
        </message>
        <message>
            <location line="+64" />
            <source>Why the reply cannot go out yet</source>
            <translation>Zakaj sporočila še ni mogoče poslati</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Copy</source>
            <translation>&amp;Kopiraj</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Copy &amp;rich text</source>
            <translation>Kopiraj o&amp;blikovano</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open in &amp;mail client</source>
            <translation>Odpri v poš&amp;tnem odjemalcu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Se&amp;nd</source>
            <translation>Po&amp;šlji</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save .eml…</source>
            <translation>Shrani .eml …</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Drafts</source>
            <translation>Os&amp;nutki</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Include internal text any&amp;way</source>
            <translation>Vseeno vklju&amp;či interno besedilo</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The reply quotes text meant for the team only. Include it anyway?</source>
            <translation>Sporočilo navaja besedilo, namenjeno samo ekipi. Ga vseeno vključim?</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Undo delete</source>
            <translation>Razveljavi bris&amp;anje</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Put back the draft just deleted</source>
            <translation>Vrni pravkar izbrisani osnutek</translation>
        </message>
        <message>
            <location line="+125" />
            <source>This template is no longer in the content (removed, or it has an error); your reply is kept as it stands.</source>
            <translation>Te predloge ni več v vsebini (odstranjena je ali ima napako); vaše sporočilo ostane, kot je.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>This template was updated on disk; your edits are kept.</source>
            <translation>Predloga je bila na disku posodobljena; vaši popravki ostanejo.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Restored your unsent reply from {when}.</source>
            <translation>Obnovljeno je vaše neposlano sporočilo od {when}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Restored your unsent reply.</source>
            <translation>Obnovljeno je vaše neposlano sporočilo.</translation>
        </message>
        <message>
            <location line="+90" />
            <source>There is no reply template '{template_id}'.</source>
            <translation>Predloge sporočila »{template_id}« ni.</translation>
        </message>
        <message>
            <location line="+32" />
            <source>No reply template has a facility field.</source>
            <translation>Nobena predloga sporočila nima polja za poslovalnico.</translation>
        </message>
        <message>
            <location line="+48" />
            <source>Filling in the template…</source>
            <translation>Izpolnjujem predlogo …</translation>
        </message>
        <message>
            <location line="+19" />
            <source>This template takes too long to fill in; nothing was rendered. Tell the content team: {path}</source>
            <translation>Izpolnjevanje te predloge traja predolgo; nič ni bilo izdelano. Obvestite ekipo za vsebino: {path}</translation>
        </message>
        <message>
            <location line="+45" />
            <source>Internal text in the reply ({sources}).</source>
            <translation>Interno besedilo v sporočilu ({sources}).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The reply contains text meant for the team only ({sources}). Remove it, or choose “Include internal text anyway” if it may go to the customer.</source>
            <translation>Sporočilo vsebuje besedilo, namenjeno samo ekipi ({sources}). Odstranite ga ali izberite »Vseeno vključi interno besedilo«, če ga stranka sme videti.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Fix {count}.</source>
            <translation>Popravite: {count}.</translation>
        </message>
        <message>
            <location line="+46" />
            <source>Choose a template: type in the Template field ({keys}), or search kind:reply.</source>
            <translation>Izberite predlogo: pišite v polje Predloga ({keys}) ali poiščite kind:reply.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Not ready: </source>
            <translation>Ni pripravljeno: </translation>
        </message>
        <message>
            <location line="+5" />
            <source>Checking tone…</source>
            <translation>Preverjam ton …</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Ready, {count}.</source>
            <translation>Pripravljeno, {count}.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Ready. </source>
            <translation>Pripravljeno. </translation>
        </message>
        <message>
            <location line="+0" />
            <source>Ready to send.</source>
            <translation>Pripravljeno za pošiljanje.</translation>
        </message>
        <message>
            <location line="+57" />
            <source>Copied as plain text.</source>
            <translation>Kopirano kot golo besedilo.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Copied as formatted text.</source>
            <translation>Kopirano kot oblikovano besedilo.</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Saved {path}.</source>
            <translation>Shranjeno: {path}.</translation>
        </message>
        <message>
            <location line="+13" />
            <location line="+49" />
            <source>Sending…</source>
            <translation>Pošiljam …</translation>
        </message>
        <message>
            <location line="-23" />
            <source>Sent to {recipient}.</source>
            <translation>Poslano na {recipient}.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>No password is saved for {user} on {host}, so nothing was sent. Enter it when asked, or in Settings (it is kept in the system keyring).</source>
            <translation>Za {user} na {host} ni shranjenega gesla, zato ni bilo nič poslano. Vnesite ga, ko vas vpraša, ali v Nastavitvah (hrani se v sistemski shrambi gesel).</translation>
        </message>
        <message>
            <location line="+50" />
            <source>Deleted the draft “{label}”.</source>
            <translation>Osnutek »{label}« je izbrisan.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The draft is back in Drafts.</source>
            <translation>Osnutek je spet med Osnutki.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>The draft's template '{template_id}' is not in the content any more.</source>
            <translation>Predloge tega osnutka »{template_id}« ni več v vsebini.</translation>
        </message>
    </context>
    <context>
        <name>ConflictDialog</name>
        <message>
            <location filename="../ui/editor/conflict.py" line="+58" />
            <source>{name} changed on disk</source>
            <translation>Datoteka {name} se je na disku spremenila</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&lt;b&gt;{name}&lt;/b&gt; was changed by someone else (or another program) since you opened it. Choose which text to keep; nothing is written until you choose.</source>
            <translation>Datoteko &lt;b&gt;{name}&lt;/b&gt; je po tem, ko ste jo odprli, spremenil nekdo drug (ali drug program). Izberite, katero besedilo obdržite; dokler ne izberete, se nič ne zapiše.</translation>
        </message>
        <message>
            <location line="+9" />
            <location line="+37" />
            <source>Your text</source>
            <translation>Vaše besedilo</translation>
        </message>
        <message>
            <location line="-36" />
            <location line="+37" />
            <source>On disk now</source>
            <translation>Zdaj na disku</translation>
        </message>
        <message>
            <location line="-31" />
            <source>keep your lines</source>
            <translation>obdrži vaše vrstice</translation>
        </message>
        <message>
            <location line="+0" />
            <source>take the lines on disk</source>
            <translation>vzemi vrstice z diska</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Where both changed the same lines</source>
            <translation>Kjer sta oba spremenila iste vrstice</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Merge: {places} changed on both sides; there,</source>
            <translation>Združi: na obeh straneh spremenjeno – {places}; tam</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Merge: the changes do not overlap; both are kept.</source>
            <translation>Združi: spremembe se ne prekrivajo; obe ostaneta.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Keep mine</source>
            <translation>&amp;Obdrži moje</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Write your text over the file on disk</source>
            <translation>Prepiši datoteko na disku z vašim besedilom</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Use the disk version</source>
            <translation>&amp;Uporabi različico z diska</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Replace your text with the file on disk</source>
            <translation>Zamenjaj vaše besedilo z datoteko na disku</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Merge</source>
            <translation>&amp;Združi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Carry the changes on disk into your text, to check</source>
            <translation>Prenesi spremembe z diska v vaše besedilo, da jih preverite</translation>
        </message>
    </context>
    <context>
        <name>ConnectionTestJob</name>
        <message>
            <location filename="../ui/mail_password.py" line="+51" />
            <source>Enter the password first: none is saved in the keyring.</source>
            <translation>Najprej vnesite geslo: v shrambi gesel ni nobenega.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The test failed unexpectedly: {error_type}: {exc}</source>
            <translation>Preizkus je nepričakovano spodletel: {error_type}: {exc}</translation>
        </message>
    </context>
    <context>
        <name>DailyChart</name>
        <message>
            <location filename="../ui/insights/chart.py" line="+34" />
            <source>Searches per day and no-result rate</source>
            <translation>Iskanja na dan in delež iskanj brez zadetkov</translation>
        </message>
        <message>
            <location line="+15" />
            <source>{days} days from {first} to {last}; most searches: {count} on {day}.</source>
            <translation>Dni: {days}, od {first} do {last}; največ iskanj: {count}, dne {day}.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>No searches in this period.</source>
            <translation>V tem obdobju ni bilo iskanj.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>No searches yet</source>
            <translation>Iskanj še ni</translation>
        </message>
        <message>
            <location line="+61" />
            <source>■ searches per day</source>
            <translation>■ iskanja na dan</translation>
        </message>
        <message>
            <location line="+2" />
            <source>● found nothing (%)</source>
            <translation>● brez zadetkov (%)</translation>
        </message>
    </context>
    <context>
        <name>DateInput</name>
        <message>
            <location filename="../ui/composer/form.py" line="+54" />
            <source>YYYY-MM-DD</source>
            <translation>LLLL-MM-DD</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Pick the date from a calendar</source>
            <translation>Izberite datum na koledarju</translation>
        </message>
    </context>
    <context>
        <name>EditorDocument</name>
        <message>
            <location filename="../ui/editor/document.py" line="+246" />
            <source>Preview</source>
            <translation>Predogled</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Problems in this file</source>
            <translation>Težave v tej datoteki</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Document status</source>
            <translation>Stanje dokumenta</translation>
        </message>
        <message>
            <location line="+39" />
            <source>The template took too long to render.</source>
            <translation>Izdelava predloge je trajala predolgo.</translation>
        </message>
        <message>
            <location line="+80" />
            <source>The front matter cannot be read; the preview shows the last version that could. See the problems below.</source>
            <translation>Glave ni mogoče prebrati; predogled kaže zadnjo različico, ki jo je bilo mogoče prebrati. Glejte težave spodaj.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>&lt;p&gt;&lt;i&gt;This text could not be formatted.&lt;/i&gt;&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;i&gt;Tega besedila ni bilo mogoče oblikovati.&lt;/i&gt;&lt;/p&gt;</translation>
        </message>
        <message>
            <location line="+34" />
            <source>The front matter cannot be read; see the problems below.</source>
            <translation>Glave ni mogoče prebrati; glejte težave spodaj.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>&lt;p&gt;&lt;b&gt;Subject:&lt;/b&gt; {subject}&lt;/p&gt;&lt;hr&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Zadeva:&lt;/b&gt; {subject}&lt;/p&gt;&lt;hr&gt;</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&lt;p&gt;&lt;i&gt;Rendered with sample values: each field's &lt;code&gt;sample&lt;/code&gt;, else its &lt;code&gt;default&lt;/code&gt;.&lt;/i&gt;&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;i&gt;Izdelano z vzorčnimi vrednostmi: &lt;code&gt;sample&lt;/code&gt; vsakega polja, sicer njegov &lt;code&gt;default&lt;/code&gt;.&lt;/i&gt;&lt;/p&gt;</translation>
        </message>
        <message>
            <location line="+55" />
            <source>line {line}, column {column}</source>
            <translation>vrstica {line}, stolpec {column}</translation>
        </message>
        <message>
            <location line="+12" />
            <source>no problems</source>
            <translation>brez težav</translation>
        </message>
        <message>
            <location line="+1" />
            <source>unsaved changes</source>
            <translation>neshranjene spremembe</translation>
        </message>
        <message>
            <location line="+0" />
            <source>saved</source>
            <translation>shranjeno</translation>
        </message>
        <message>
            <location line="+70" />
            <source>Not saved: {exc}</source>
            <translation>Ni shranjeno: {exc}</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+29" />
            <source>Not saved</source>
            <translation>Ni shranjeno</translation>
        </message>
        <message>
            <location line="-28" />
            <source>{exc}

Your text is still in the editor.</source>
            <translation>{exc}

Vaše besedilo je še vedno v urejevalniku.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Saved {display_name}</source>
            <translation>Shranjeno: {display_name}</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Not saved: {path} could not be written ({reason}). Your text is still here; free some space or fix the folder's permissions and save again.</source>
            <translation>Ni shranjeno: {path} ni bilo mogoče zapisati ({reason}). Vaše besedilo je še tukaj; sprostite nekaj prostora ali popravite dovoljenja mape in znova shranite.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>{path} could not be written: {reason}.

Your text is still in the editor, unsaved. Fix the cause and save again.</source>
            <translation>{path} ni bilo mogoče zapisati: {reason}.

Vaše besedilo je še vedno v urejevalniku, neshranjeno. Odpravite vzrok in znova shranite.</translation>
        </message>
        <message>
            <location line="+8" />
            <source> (line {line})</source>
            <translation> (vrstica {line})</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Save with errors?</source>
            <translation>Shranim z napakami?</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{display_name} has {count}: {message}{where}</source>
            <translation>{display_name}: {count} – {message}{where}</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Saved as it is, `kbassist check` reports the file, and agents keep seeing the last version that had no errors, marked as being fixed, until it is fixed. Save anyway?</source>
            <translation>Če shranite tako, `kbassist check` prijavi datoteko, svetovalci pa do popravka vidijo zadnjo različico brez napak, označeno kot »v popravilu«. Vseeno shranim?</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Save anyway</source>
            <translation>Vseeno &amp;shrani</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Keep editing</source>
            <translation>&amp;Nadaljuj urejanje</translation>
        </message>
        <message>
            <location line="+20" />
            <source>{display_name}: now the version on disk</source>
            <translation>{display_name}: zdaj različica z diska</translation>
        </message>
        <message>
            <location line="+14" />
            <source>{display_name}: merged with the version on disk; check, then save</source>
            <translation>{display_name}: združeno z različico na disku; preverite, nato shranite</translation>
        </message>
        <message>
            <location line="+11" />
            <source>The file changed on disk</source>
            <translation>Datoteka se je na disku spremenila</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Compare…</source>
            <translation>Primerjaj …</translation>
        </message>
        <message>
            <location line="+19" />
            <source>&lt;b&gt;{display_name}&lt;/b&gt; is no longer on disk (deleted or moved). Your text is kept here; Save writes it again.</source>
            <translation>&lt;b&gt;{display_name}&lt;/b&gt; ni več na disku (izbrisano ali premaknjeno). Vaše besedilo ostane tukaj; Shrani ga znova zapiše.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>&lt;b&gt;{display_name}&lt;/b&gt; changed on disk while you edit it. Your text is kept; compare to keep yours, take theirs or merge.</source>
            <translation>&lt;b&gt;{display_name}&lt;/b&gt; se je na disku spremenil, medtem ko ga urejate. Vaše besedilo ostane; primerjajte in obdržite svoje, vzemite njihovo ali združite.</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Save the changes to {display_name}?</source>
            <translation>Shranim spremembe v {display_name}?</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Save the changes to {display_name} before {before}?</source>
            <translation>Shranim spremembe v {display_name} pred {before}?</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Unsaved changes</source>
            <translation>Neshranjene spremembe</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Discarded changes cannot be brought back.</source>
            <translation>Zavrženih sprememb ni mogoče vrniti.</translation>
        </message>
    </context>
    <context>
        <name>EditorWorkspace</name>
        <message>
            <location filename="../ui/editor/workspace.py" line="+61" />
            <source>Open files</source>
            <translation>Odprte datoteke</translation>
        </message>
        <message>
            <location line="+55" />
            <source>Cannot edit: {exc}</source>
            <translation>Urejanje ni mogoče: {exc}</translation>
        </message>
    </context>
    <context>
        <name>FacilityCard</name>
        <message>
            <location filename="../ui/finder/card.py" line="+228" />
            <source>Facility</source>
            <translation>Poslovalnica</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Facility name</source>
            <translation>Ime poslovalnice</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Opening status</source>
            <translation>Stanje odprtosti</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Address</source>
            <translation>Naslov</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Phone, email and website</source>
            <translation>Telefon, e-pošta in spletna stran</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Opening hours this week</source>
            <translation>Delovni čas ta teden</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Services, notes and accessibility</source>
            <translation>Storitve, opombe in dostopnost</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Map</source>
            <translation>Zemljevid</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Copy address</source>
            <translation>Kopiraj &amp;naslov</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Copy address</source>
            <translation>Kopiraj naslov</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Copy the name and address to the clipboard</source>
            <translation>Kopiraj ime in naslov v odložišče</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Use in &amp;reply</source>
            <translation>Upor&amp;abi v sporočilu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Use in reply</source>
            <translation>Uporabi v sporočilu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Put this facility into the reply being written</source>
            <translation>Vstavi to poslovalnico v sporočilo, ki ga pišete</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Copy as te&amp;xt message</source>
            <translation>&amp;Kopiraj kot SMS</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Copy as text message</source>
            <translation>Kopiraj kot SMS</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Copy a short text message (name, address, today's hours, phone) to the clipboard</source>
            <translation>Kopiraj kratko sporočilo SMS (ime, naslov, današnji delovni čas, telefon) v odložišče</translation>
        </message>
        <message>
            <location line="+100" />
            <source>Phone: </source>
            <translation>Telefon: </translation>
        </message>
        <message>
            <location line="+3" />
            <source>Email: </source>
            <translation>E-pošta: </translation>
        </message>
        <message>
            <location line="+3" />
            <source>Web: </source>
            <translation>Splet: </translation>
        </message>
        <message>
            <location line="+6" />
            <source>Open map</source>
            <translation>Odpri zemljevid</translation>
        </message>
        <message>
            <location line="+0" />
            <source> (OpenStreetMap)</source>
            <translation> (OpenStreetMap)</translation>
        </message>
        <message>
            <location line="+14" />
            <source>&lt;b&gt;Opening hours&lt;/b&gt;&lt;br&gt;{unknown}.</source>
            <translation>&lt;b&gt;Delovni čas&lt;/b&gt;&lt;br&gt;{unknown}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&lt;b&gt;Opening hours&lt;/b&gt; (local time, {zone})&lt;table&gt;{rows}&lt;/table&gt;</source>
            <translation>&lt;b&gt;Delovni čas&lt;/b&gt; (krajevni čas, {zone})&lt;table&gt;{rows}&lt;/table&gt;</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&lt;b&gt;Services:&lt;/b&gt; </source>
            <translation>&lt;b&gt;Storitve:&lt;/b&gt; </translation>
        </message>
        <message>
            <location line="+3" />
            <source>&lt;b&gt;Notes:&lt;/b&gt; </source>
            <translation>&lt;b&gt;Opombe:&lt;/b&gt; </translation>
        </message>
        <message>
            <location line="+3" />
            <source>&lt;b&gt;Accessibility:&lt;/b&gt; </source>
            <translation>&lt;b&gt;Dostopnost:&lt;/b&gt; </translation>
        </message>
        <message>
            <location line="+7" />
            <source>No facility selected</source>
            <translation>Nobena poslovalnica ni izbrana</translation>
        </message>
    </context>
    <context>
        <name>FactsModel</name>
        <message>
            <location filename="../ui/article/facts_table.py" line="+115" />
            <source>In reply templates: kb["{article_id}"].{name}</source>
            <translation>V predlogah sporočil: kb["{article_id}"].{name}</translation>
        </message>
    </context>
    <context>
        <name>FactsTable</name>
        <message>
            <location line="+12" />
            <source>Facts</source>
            <translation>Podatki</translation>
        </message>
    </context>
    <context>
        <name>FieldEditor</name>
        <message>
            <location filename="../ui/composer/form.py" line="+76" />
            <source> (required)</source>
            <translation> (obvezno)</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Problem with {label}</source>
            <translation>Težava s poljem {label}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>{label} reads as</source>
            <translation>{label} se bere kot</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Calendar for {label}</source>
            <translation>Koledar za {label}</translation>
        </message>
        <message>
            <location line="+40" />
            <source>Choose…</source>
            <translation>Izberite …</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Type a name, town or postcode</source>
            <translation>Vnesite ime, kraj ali poštno številko</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Type part of a title</source>
            <translation>Vnesite del naslova</translation>
        </message>
        <message>
            <location line="+104" />
            <source>This field's pattern takes too long to check: tell the editor.</source>
            <translation>Preverjanje vzorca tega polja traja predolgo: obvestite urednika.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Not in the expected form: {expected}</source>
            <translation>Ni v pričakovani obliki: {expected}</translation>
        </message>
    </context>
    <context>
        <name>FieldForm</name>
        <message>
            <location line="+26" />
            <source>About this template</source>
            <translation>O tej predlogi</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+21" />
            <source>Choose a template to fill in its fields.</source>
            <translation>Izberite predlogo, da izpolnite njena polja.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This template has no fields to fill in.</source>
            <translation>Ta predloga nima polj za izpolnjevanje.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Fields marked * are required.</source>
            <translation>Polja, označena z *, so obvezna.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Required</source>
            <translation>Obvezno</translation>
        </message>
    </context>
    <context>
        <name>FindBar</name>
        <message>
            <location filename="../ui/editor/find_bar.py" line="+24" />
            <source>Find and replace</source>
            <translation>Najdi in zamenjaj</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+1" />
            <source>Find</source>
            <translation>Najdi</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+1" />
            <source>Replace with</source>
            <translation>Zamenjaj z</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Match case</source>
            <translation>Razlikuj velike in male črke</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Previous</source>
            <translation>Prejšnji</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Next</source>
            <translation>Naslednji</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Replace</source>
            <translation>Zamenjaj</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Replace all</source>
            <translation>Zamenjaj vse</translation>
        </message>
        <message>
            <location line="+82" />
            <source>Not found</source>
            <translation>Ni najdeno</translation>
        </message>
        <message>
            <location line="+31" />
            <source>{replaced} replaced</source>
            <translation>Zamenjano: {replaced}</translation>
        </message>
    </context>
    <context>
        <name>FinderPanel</name>
        <message>
            <location filename="../ui/finder/panel.py" line="+112" />
            <source>Postcode, town or lat,lon</source>
            <translation>Poštna številka, kraj ali šir.,dolž.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Customer location</source>
            <translation>Lokacija stranke</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Service</source>
            <translation>Storitev</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Open when</source>
            <translation>Odprto ob</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Now</source>
            <translation>Zdaj</translation>
        </message>
        <message>
            <location line="+0" />
            <source>At…</source>
            <translation>Ob …</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Open at date and time</source>
            <translation>Odprto na datum in ob uri</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Now</source>
            <translation>&amp;Zdaj</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Back to now</source>
            <translation>Nazaj na zdaj</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Show opening status for the time now, following the clock</source>
            <translation>Pokaži, ali je odprto zdaj, po uri</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Open only</source>
            <translation>Samo odpr&amp;te</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open only</source>
            <translation>Samo odprte</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Only facilities open then; those with unknown hours are listed apart, to call first</source>
            <translation>Samo poslovalnice, ki so takrat odprte; tiste z neznanim delovnim časom so navedene posebej, najprej jih pokličite</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Finder status</source>
            <translation>Stanje iskalnika poslovalnic</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Nearest facilities</source>
            <translation>Najbližje poslovalnice</translation>
        </message>
        <message>
            <location line="+23" />
            <location line="+173" />
            <source>Type the customer's postcode or town.</source>
            <translation>Vnesite poštno številko ali kraj stranke.</translation>
        </message>
        <message>
            <location line="-107" />
            <source>All services</source>
            <translation>Vse storitve</translation>
        </message>
        <message>
            <location line="+121" />
            <source>“{place}” is no place in the gazetteer. Facilities it names (distance unknown):</source>
            <translation>»{place}« ni kraj v imeniku krajev. Poslovalnice, ki ga omenjajo (razdalja ni znana):</translation>
        </message>
        <message>
            <location line="+59" />
            <source>No place called “{place}” is in the gazetteer.</source>
            <translation>Kraja »{place}« ni v imeniku krajev.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>{problem}&lt;br&gt;Did you mean: {links}?</source>
            <translation>{problem}&lt;br&gt;Ste mislili: {links}?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{problem}&lt;br&gt;Type a postcode, a town, or coordinates as lat,lon.</source>
            <translation>{problem}&lt;br&gt;Vnesite poštno številko, kraj ali koordinate kot šir.,dolž.</translation>
        </message>
        <message>
            <location line="-59" />
            <source> (best match so far)</source>
            <translation> (doslej najboljše ujemanje)</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Nearest to &lt;b&gt;{where}&lt;/b&gt;</source>
            <translation>Najbližje kraju &lt;b&gt;{where}&lt;/b&gt;</translation>
        </message>
        <message>
            <location line="+2" />
            <source> · ≈ placed by postcode or town, not surveyed</source>
            <translation> · ≈ umeščeno po poštni številki ali kraju, ne izmerjeno</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No facility near &lt;b&gt;{where}&lt;/b&gt; matches the filters.</source>
            <translation>Nobena poslovalnica blizu &lt;b&gt;{where}&lt;/b&gt; ne ustreza filtrom.</translation>
        </message>
    </context>
    <context>
        <name>FrontMatterForm</name>
        <message>
            <location filename="../ui/editor/front_matter_form.py" line="+189" />
            <source>Front matter notice</source>
            <translation>Obvestilo o glavi</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Show all front matter fields</source>
            <translation>Pokaži vsa polja glave</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Title</source>
            <translation>Naslov</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Status</source>
            <translation>Stanje</translation>
        </message>
        <message>
            <location line="+0" />
            <source>not set: published</source>
            <translation>ni nastavljeno: objavljeno</translation>
        </message>
        <message>
            <location line="+5" />
            <source>T&amp;itle:</source>
            <translation>&amp;Naslov:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Status:</source>
            <translation>S&amp;tanje:</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Summary</source>
            <translation>Povzetek</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The answer in one or two sentences</source>
            <translation>Odgovor v enem ali dveh stavkih</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Questions</source>
            <translation>Vprašanja</translation>
        </message>
        <message>
            <location line="+2" />
            <source>How callers ask for this, one per line</source>
            <translation>Kako stranke to sprašujejo, eno na vrstico</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Tags</source>
            <translation>Oznake</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Words, separated by commas</source>
            <translation>Besede, ločene z vejicami</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Su&amp;mmary:</source>
            <translation>Po&amp;vzetek:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Questions:</source>
            <translation>&amp;Vprašanja:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Tags:</source>
            <translation>O&amp;znake:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Category</source>
            <translation>Kategorija</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Language</source>
            <translation>Jezik</translation>
        </message>
        <message>
            <location line="+2" />
            <source>not set: the folder's</source>
            <translation>ni nastavljeno: kot mapa</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Audience</source>
            <translation>Ciljna skupina</translation>
        </message>
        <message>
            <location line="+0" />
            <source>not set: public</source>
            <translation>ni nastavljeno: javno</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Owner</source>
            <translation>Lastnik</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Team that keeps it right</source>
            <translation>Ekipa, ki skrbi, da je pravilno</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Review by</source>
            <translation>Pregled do</translation>
        </message>
        <message>
            <location line="+4" />
            <source>No date</source>
            <translation>Brez datuma</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No review date</source>
            <translation>Brez datuma pregleda</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Categ&amp;ory:</source>
            <translation>&amp;Kategorija:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>La&amp;nguage:</source>
            <translation>&amp;Jezik:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A&amp;udience:</source>
            <translation>&amp;Ciljna skupina:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>O&amp;wner:</source>
            <translation>&amp;Lastnik:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Review &amp;by:</source>
            <translation>Pre&amp;gled do:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Fact</source>
            <translation>Podatek</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Value</source>
            <translation>Vrednost</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Facts</source>
            <translation>Podatki</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Add a fact</source>
            <translation>Dodaj podatek</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove the selected fact</source>
            <translation>Odstrani izbrani podatek</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Related</source>
            <translation>Sorodno</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Translations</source>
            <translation>Prevodi</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Fa&amp;cts:</source>
            <translation>Po&amp;datki:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Related:</source>
            <translation>S&amp;orodno:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Translations:</source>
            <translation>Prevodi:</translation>
        </message>
        <message>
            <location line="+81" />
            <source>&amp;Details ▾</source>
            <translation>Po&amp;drobnosti ▾</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Details ▸</source>
            <translation>Po&amp;drobnosti ▸</translation>
        </message>
        <message>
            <location line="+11" />
            <source>⚠ The form is off until the front matter is fixed in the source: {message}</source>
            <translation>⚠ Obrazec je izklopljen, dokler glave ne popravite v izvorni kodi: {message}</translation>
        </message>
        <message>
            <location line="+66" />
            <source>'{shown}' is not a date (YYYY-MM-DD): pick one.</source>
            <translation>»{shown}« ni datum (LLLL-MM-DD): izberite ga.</translation>
        </message>
    </context>
    <context>
        <name>HelpViewer</name>
        <message>
            <location filename="../ui/help_viewer.py" line="+61" />
            <source>KB Assist — User guide</source>
            <translation>KB Assist — Uporabniški priročnik</translation>
        </message>
        <message>
            <location line="+4" />
            <source>User guide</source>
            <translation>Uporabniški priročnik</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Back</source>
            <translation>&amp;Nazaj</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Forward</source>
            <translation>Napr&amp;ej</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Contents</source>
            <translation>&amp;Vsebina</translation>
        </message>
        <message>
            <location line="+41" />
            <source>The user guide is not installed in {0}.</source>
            <translation>Uporabniški priročnik ni nameščen v {0}.</translation>
        </message>
    </context>
    <context>
        <name>HistoryDialog</name>
        <message>
            <location filename="../ui/revisions/history_dialog.py" line="+126" />
            <source>History of {title}</source>
            <translation>Zgodovina: {title}</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Versions, newest first</source>
            <translation>Različice, najnovejše najprej</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Reading the history…</source>
            <translation>Berem zgodovino …</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Differences, rendered</source>
            <translation>Razlike, prikazane oblikovano</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Rendered</source>
            <translation>&amp;Oblikovano</translation>
        </message>
        <message>
            <location line="+1" />
            <source>S&amp;ource</source>
            <translation>&amp;Izvorno</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Restore this version into the &amp;editor</source>
            <translation>Obnovi to različico v &amp;urejevalnik</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Put the selected version's text in the editor; nothing is saved until you save</source>
            <translation>Besedilo izbrane različice postavi v urejevalnik; nič se ne shrani, dokler ne shranite</translation>
        </message>
        <message>
            <location line="+78" />
            <source>This article has not been committed yet: it has no history.</source>
            <translation>Ta članek še ni bil potrjen v git: nima zgodovine.</translation>
        </message>
        <message>
            <location line="+36" />
            <source>This article has not been committed yet: nothing to compare.</source>
            <translation>Ta članek še ni bil potrjen v git: ni česa primerjati.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Comparing…</source>
            <translation>Primerjam …</translation>
        </message>
        <message>
            <location line="+17" />
            <source> (then {as_posix})</source>
            <translation> (nato {as_posix})</translation>
        </message>
        <message>
            <location line="+4" />
            <source>From {label}{moved} to {label2}</source>
            <translation>Od {label}{moved} do {label2}</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Restored into the editor. Save there to keep it, or undo.</source>
            <translation>Obnovljeno v urejevalniku. Tam shranite, da ga obdržite, ali razveljavite.</translation>
        </message>
    </context>
    <context>
        <name>InsightsView</name>
        <message>
            <location filename="../ui/insights/view.py" line="+107" />
            <source>Period</source>
            <translation>Obdobje</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Last {days} days</source>
            <translation>Zadnjih dni: {days}</translation>
        </message>
        <message>
            <location line="+0" />
            <source>All</source>
            <translation>Vse</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Refresh</source>
            <translation>Osveži</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Reading the usage log…</source>
            <translation>Berem dnevnik uporabe …</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Summary</source>
            <translation>Povzetek</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Questions to add to articles</source>
            <translation>Vprašanja za dodajanje v članke</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Add to the article</source>
            <translation>&amp;Dodaj v članek</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Add the query to the article's questions in the editor (then save)</source>
            <translation>Dodaj poizvedbo med vprašanja članka v urejevalniku (nato shranite)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Copy as &amp;YAML</source>
            <translation>Kopiraj kot &amp;YAML</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Copy the questions line to paste into the article</source>
            <translation>Kopiraj vrstico z vprašanji za lepljenje v članek</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Searches that found nothing</source>
            <translation>Iskanja brez zadetkov</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Searches where nothing was opened</source>
            <translation>Iskanja, po katerih ni bilo nič odprto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Top searches</source>
            <translation>Najpogostejša iskanja</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Top articles</source>
            <translation>Najpogosteje odprti članki</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Articles rated “No” most</source>
            <translation>Članki z največ ocenami »Ne«</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Templates by use</source>
            <translation>Predloge po uporabi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Facilities looked up most</source>
            <translation>Najpogosteje iskane poslovalnice</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Period:</source>
            <translation>Obdobje:</translation>
        </message>
        <message>
            <location line="+89" />
            <source>Cannot read the usage log {where}: {error}</source>
            <translation>Dnevnika uporabe {where} ni mogoče prebrati: {error}</translation>
        </message>
        <message>
            <location line="+36" />
            <source>Searches: {searches} · agents: {agents} · found nothing: {rate}%</source>
            <translation>Iskanja: {searches} · svetovalci: {agents} · brez zadetkov: {rate} %</translation>
        </message>
        <message>
            <location line="+9" />
            <source>No searches recorded in this period. Searches appear here once agents pause typing in the search box.</source>
            <translation>V tem obdobju ni zabeleženih iskanj. Iskanja se pokažejo tukaj, ko svetovalci v iskalnem polju prenehajo tipkati.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Add “{query}” to the questions of {title} ({times}×)</source>
            <translation>Dodaj »{query}« med vprašanja članka {title} ({times}×)</translation>
        </message>
        <message>
            <location line="+16" />
            <source>{no} No · {yes} Yes  {title}</source>
            <translation>{no} Ne · {yes} Da  {title}</translation>
        </message>
        <message>
            <location line="+50" />
            <source>no editor</source>
            <translation>ni urejevalnika</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Added “{query}” to the questions of {title} in the editor; save to keep it.</source>
            <translation>»{query}« je dodano med vprašanja članka {title} v urejevalniku; shranite, da ostane.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Copied as YAML: paste it into the front matter of {title}.</source>
            <translation>Kopirano kot YAML: prilepite ga v glavo članka {title}.</translation>
        </message>
    </context>
    <context>
        <name>LanguageChooser</name>
        <message>
            <location filename="../ui/composer/language.py" line="+41" />
            <source>Reply in:</source>
            <translation>Sporočilo v jeziku:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Customer's language</source>
            <translation>Jezik stranke</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The language the customer writes in: the template's version in that language is filled in</source>
            <translation>Jezik, v katerem piše stranka: izpolni se različica predloge v tem jeziku</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../ui/main_window.py" line="+217" />
            <location line="+358" />
            <source>KB Assist — {name}</source>
            <translation>KB Assist — {name}</translation>
        </message>
        <message>
            <location line="-294" />
            <source>Copied</source>
            <translation>Kopirano</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Cannot create the log folder {folder}: {exc}</source>
            <translation>Mape za dnevnike {folder} ni mogoče ustvariti: {exc}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The log files are in {folder}</source>
            <translation>Dnevniške datoteke so v {folder}</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&lt;h2&gt;KB Assist&lt;/h2&gt;&lt;p&gt;Type in the search box: results appear as you type.&lt;br&gt;↑ ↓ choose · Enter opens · Alt+1…9 opens a result · Esc clears&lt;br&gt;Ctrl+K back to search · Ctrl+D pins · Alt+← → back and forward&lt;/p&gt;</source>
            <translation>&lt;h2&gt;KB Assist&lt;/h2&gt;&lt;p&gt;Pišite v iskalno polje: zadetki se pokažejo sproti.&lt;br&gt;↑ ↓ izbira · Enter odpre · Alt+1…9 odpre zadetek · Esc počisti&lt;br&gt;Ctrl+K nazaj na iskanje · Ctrl+D pripne · Alt+← → nazaj in naprej&lt;/p&gt;</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Workspace</source>
            <translation>Delovni prostor</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Answer</source>
            <translation>Odgo&amp;vor</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Re&amp;ply</source>
            <translation>Spo&amp;ročilo</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Faci&amp;lities</source>
            <translation>Poslova&amp;lnice</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Edit articles and reply templates (Ctrl+E)</source>
            <translation>Urejanje člankov in predlog sporočil (Ctrl+E)</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Problems</source>
            <translation>Težave</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Review</source>
            <translation>Pregled</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Insights</source>
            <translation>Vpogledi</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Git branch status</source>
            <translation>Stanje veje v gitu</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Content problems</source>
            <translation>Težave v vsebini</translation>
        </message>
        <message>
            <location line="+257" />
            <source>Reading content…</source>
            <translation>Berem vsebino …</translation>
        </message>
        <message>
            <location line="+180" />
            <source>Something went wrong: {message}</source>
            <translation>Nekaj je šlo narobe: {message}</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Preparing the search index… results follow in a moment.</source>
            <translation>Pripravljam iskalni indeks … zadetki sledijo čez trenutek.</translation>
        </message>
        <message>
            <location line="+92" />
            <source>Search index rebuilt in {seconds:.1f} s</source>
            <translation>Iskalni indeks je znova zgrajen v {seconds:.1f} s</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Cannot rebuild the search index: {message}</source>
            <translation>Iskalnega indeksa ni mogoče znova zgraditi: {message}</translation>
        </message>
        <message>
            <location line="+42" />
            <source>Search by meaning is unavailable on this computer; words still work.</source>
            <translation>Iskanje po pomenu na tem računalniku ni na voljo; besede še vedno delujejo.</translation>
        </message>
        <message>
            <location line="+43" />
            <location line="+180" />
            <source>“{ident}” is not in the content any more.</source>
            <translation>»{ident}« ni več v vsebini.</translation>
        </message>
        <message>
            <location line="-143" />
            <source>Reply template · Enter opens</source>
            <translation>Predloga sporočila · Enter odpre</translation>
        </message>
        <message>
            <location line="+51" />
            <source>Reply template</source>
            <translation>Predloga sporočila</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Facility</source>
            <translation>Poslovalnica</translation>
        </message>
        <message>
            <location line="+54" />
            <source>Open an item first, then Ctrl+D pins it.</source>
            <translation>Najprej odprite element, nato ga Ctrl+D pripne.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Pinned</source>
            <translation>Pripeto</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Unpinned</source>
            <translation>Odpeto</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Un&amp;pin</source>
            <translation>O&amp;dpni</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Pin</source>
            <translation>&amp;Pripni</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Open an article first, then Ctrl+E edits it.</source>
            <translation>Najprej odprite članek, nato ga Ctrl+E ureja.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Open an article first.</source>
            <translation>Najprej odprite članek.</translation>
        </message>
        <message>
            <location line="+84" />
            <source>Open an article first, then its history.</source>
            <translation>Najprej odprite članek, nato njegovo zgodovino.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The editor cannot open this file.</source>
            <translation>Urejevalnik te datoteke ne more odpreti.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Old version restored into the editor: save to keep it</source>
            <translation>Stara različica je obnovljena v urejevalniku: shranite, da jo obdržite</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Unsaved edits</source>
            <translation>Neshranjeni popravki</translation>
        </message>
        <message>
            <location line="+2" />
            <source>These files have edits that are not saved: {names}.

A commit takes the files as they are on disk.</source>
            <translation>Te datoteke imajo neshranjene popravke: {names}.

Potrditev vzame datoteke, kot so na disku.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Save them, then commit</source>
            <translation>&amp;Shrani jih, nato potrdi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Commit &amp;without them</source>
            <translation>Potrdi &amp;brez njih</translation>
        </message>
        <message>
            <location line="+17" />
            <source>No reply template takes a facility.</source>
            <translation>Nobena predloga sporočila ne sprejme poslovalnice.</translation>
        </message>
        <message>
            <location line="+43" />
            <source>Text size {scale:.0%}</source>
            <translation>Velikost besedila {scale:.0%}</translation>
        </message>
    </context>
    <context>
        <name>MergeNotice</name>
        <message>
            <location filename="../ui/composer/merge.py" line="+38" />
            <source>Your edits and the new value clash</source>
            <translation>Vaši popravki in nova vrednost si nasprotujejo</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Keep my text</source>
            <translation>Obdrži moje besedilo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Use new text</source>
            <translation>Uporabi novo besedilo</translation>
        </message>
    </context>
    <context>
        <name>PasswordPrompt</name>
        <message>
            <location filename="../ui/mail_password.py" line="+91" />
            <location line="+3" />
            <source>Mail password</source>
            <translation>Geslo za pošto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Save it in the system keyring</source>
            <translation>&amp;Shrani ga v sistemsko shrambo gesel</translation>
        </message>
        <message>
            <location line="+9" />
            <source>No password is saved for {user} on {host}. Enter it to send.</source>
            <translation>Za {user} na {host} ni shranjenega gesla. Vnesite ga za pošiljanje.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Password:</source>
            <translation>&amp;Geslo:</translation>
        </message>
    </context>
    <context>
        <name>PasswordRow</name>
        <message>
            <location line="-77" />
            <source>Enter the server and user name first</source>
            <translation>Najprej vnesite strežnik in uporabniško ime</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The keyring cannot be used</source>
            <translation>Shrambe gesel ni mogoče uporabiti</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Saved in the keyring (type to replace it)</source>
            <translation>Shranjeno v shrambi gesel (pišite, da ga zamenjate)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A password for {user} on {host} is saved in the keyring.</source>
            <translation>Geslo za {user} na {host} je shranjeno v shrambi gesel.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Not saved yet</source>
            <translation>Še ni shranjeno</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No password is saved for {user} on {host}.</source>
            <translation>Za {user} na {host} ni shranjenega gesla.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Connecting to {host}:{port}…</source>
            <translation>Povezujem se s {host}:{port} …</translation>
        </message>
    </context>
    <context>
        <name>ProblemsPanel</name>
        <message>
            <location filename="../ui/problems_panel.py" line="+192" />
            <source>Problems summary</source>
            <translation>Povzetek težav</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Content problems</source>
            <translation>Težave v vsebini</translation>
        </message>
        <message>
            <location line="+46" />
            <source>Cannot open {where}: the file is not there any more.</source>
            <translation>{where} ni mogoče odpreti: datoteke ni več.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>the editor_command setting</source>
            <translation>nastavitev editor_command</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Cannot read {origin} ({command!r}): {exc}. Fix it in Settings.</source>
            <translation>{origin} ({command!r}) ni mogoče prebrati: {exc}. Popravite v Nastavitvah.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Set an editor command in Settings: {name} needs a terminal (from {origin}), and no terminal emulator was found.</source>
            <translation>Nastavite ukaz urejevalnika v Nastavitvah: {name} potrebuje terminal (iz {origin}), terminalskega emulatorja pa ni bilo mogoče najti.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Opened {where} in {editor} ({name}).</source>
            <translation>{where} je odprto v {editor} ({name}).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Cannot start {name} to open {where} in {editor}.</source>
            <translation>{name} ni mogoče zagnati, da bi odprl {where} v {editor}.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Opened {where} in {argv}.</source>
            <translation>{where} je odprto v {argv}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cannot start {program!r} (from {origin}) to open {where}.</source>
            <translation>{program!r} (iz {origin}) ni mogoče zagnati, da bi odprl {where}.</translation>
        </message>
        <message>
            <location line="+4" />
            <source> (go to line {line})</source>
            <translation> (pojdi na vrstico {line})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Opened {name} with the system's handler{line}.</source>
            <translation>{name} je odprto s sistemskim programom{line}.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Nothing can open {where}: set an editor in Settings (editor_command), or $VISUAL or $EDITOR.</source>
            <translation>{where} ni mogoče odpreti z ničemer: nastavite urejevalnik v Nastavitvah (editor_command) ali $VISUAL oziroma $EDITOR.</translation>
        </message>
    </context>
    <context>
        <name>QGnomeTheme</name>
        <message>
            <location filename="../ui/translators.py" line="+40" />
            <source>&amp;OK</source>
            <translation>&amp;V redu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Save</source>
            <translation>&amp;Shrani</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Cancel</source>
            <translation>&amp;Prekliči</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Close</source>
            <translation>&amp;Zapri</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Close without Saving</source>
            <translation>Zapri brez shranjevanja</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <location line="-22" />
            <source>OK</source>
            <translation>V redu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save</source>
            <translation>Shrani</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save All</source>
            <translation>Shrani vse</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open</source>
            <translation>Odpri</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Yes</source>
            <translation>&amp;Da</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Yes to &amp;All</source>
            <translation>D&amp;a za vse</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;No</source>
            <translation>&amp;Ne</translation>
        </message>
        <message>
            <location line="+1" />
            <source>N&amp;o to All</source>
            <translation>N&amp;e za vse</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Abort</source>
            <translation>Prekini</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Retry</source>
            <translation>Poskusi znova</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ignore</source>
            <translation>Prezri</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Close</source>
            <translation>Zapri</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancel</source>
            <translation>Prekliči</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Discard</source>
            <translation>Zavrzi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Help</source>
            <translation>Pomoč</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Apply</source>
            <translation>Uveljavi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reset</source>
            <translation>Ponastavi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Restore Defaults</source>
            <translation>Obnovi privzete vrednosti</translation>
        </message>
    </context>
    <context>
        <name>ReplyEditor</name>
        <message>
            <location filename="../ui/composer/editor.py" line="+23" />
            <source>customer@example.com</source>
            <translation>stranka@example.com</translation>
        </message>
        <message>
            <location line="+1" />
            <source>To</source>
            <translation>Za</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Subject</source>
            <translation>Zadeva</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Reply text</source>
            <translation>Besedilo sporočila</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The reply appears here as you fill in the fields.</source>
            <translation>Sporočilo se pokaže tukaj, ko izpolnjujete polja.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;To:</source>
            <translation>&amp;Za:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Subject:</source>
            <translation>Zad&amp;eva:</translation>
        </message>
    </context>
    <context>
        <name>RepositoryControls</name>
        <message>
            <location filename="../ui/revisions/controls.py" line="+115" />
            <location line="+13" />
            <source>The content folder is not in a git repository.</source>
            <translation>Mapa z vsebino ni v repozitoriju git.</translation>
        </message>
    </context>
    <context>
        <name>ResultDelegate</name>
        <message>
            <location filename="../ui/search/result_delegate.py" line="+93" />
            <source>Pinned · {badge}</source>
            <translation>Pripeto · {badge}</translation>
        </message>
    </context>
    <context>
        <name>ReviewView</name>
        <message>
            <location filename="../ui/review/view.py" line="+63" />
            <location line="+34" />
            <source>Group by</source>
            <translation>Združi po</translation>
        </message>
        <message>
            <location line="-30" />
            <location line="+31" />
            <source>Owner</source>
            <translation>Lastnik</translation>
        </message>
        <message>
            <location line="-28" />
            <source>Due soon within days</source>
            <translation>Kmalu zapade v dneh</translation>
        </message>
        <message>
            <location line="+2" />
            <source> days</source>
            <translation> dni</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Reviews due in this many days or fewer count as due soon</source>
            <translation>Pregledi, ki zapadejo v toliko dneh ali manj, štejejo kot kmalu</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Review summary</source>
            <translation>Povzetek pregleda</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Articles to review</source>
            <translation>Članki za pregled</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Open</source>
            <translation>Odpri</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open the article</source>
            <translation>Odpri članek</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edit</source>
            <translation>Uredi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edit the article</source>
            <translation>Uredi članek</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open the article in the editor</source>
            <translation>Odpri članek v urejevalniku</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Due soon within</source>
            <translation>Kmalu zapade v</translation>
        </message>
    </context>
    <context>
        <name>SearchPanel</name>
        <message>
            <location filename="../ui/search/panel.py" line="+111" />
            <source>Search articles, replies and facilities   (Ctrl+K)</source>
            <translation>Iščite po člankih, predlogah in poslovalnicah   (Ctrl+K)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Search</source>
            <translation>Iskanje</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Show kind</source>
            <translation>Prikaži vrsto</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Language</source>
            <translation>Jezik</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+84" />
            <source>All languages</source>
            <translation>Vsi jeziki</translation>
        </message>
        <message>
            <location line="-82" />
            <source>Index progress</source>
            <translation>Napredek indeksa</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Search status</source>
            <translation>Stanje iskanja</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Results</source>
            <translation>Zadetki</translation>
        </message>
        <message>
            <location line="+134" />
            <source>Searched the first {MAX_QUERY_CHARS} characters only.</source>
            <translation>Iskano je bilo samo po prvih {MAX_QUERY_CHARS} znakih.</translation>
        </message>
        <message>
            <location line="+9" />
            <source> · some found by meaning</source>
            <translation> · nekateri najdeni po pomenu</translation>
        </message>
        <message>
            <location line="+2" />
            <source> · Did you mean &lt;a href='#'&gt;{suggestion}&lt;/a&gt;? (Tab)</source>
            <translation> · Ste mislili &lt;a href='#'&gt;{suggestion}&lt;/a&gt;? (Tab)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&lt;b&gt;No results for “{query}”.&lt;/b&gt;</source>
            <translation>&lt;b&gt;Ni zadetkov za »{query}«.&lt;/b&gt;</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Did you mean &lt;a href='#'&gt;{suggestion}&lt;/a&gt;? Press Tab to use it.</source>
            <translation>Ste mislili &lt;a href='#'&gt;{suggestion}&lt;/a&gt;? Pritisnite Tab, da to uporabite.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The kind and language filters are on: try All.</source>
            <translation>Vključena sta filtra vrste in jezika: poskusite Vse.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The kind filter is on: try All.</source>
            <translation>Vključen je filter vrste: poskusite Vse.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The language filter is on: try All languages.</source>
            <translation>Vključen je filter jezika: poskusite Vsi jeziki.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Tip: fewer words, or filters in the query: &lt;i&gt;kind:reply&lt;/i&gt;, &lt;i&gt;lang:sl&lt;/i&gt;, &lt;i&gt;tag:refund&lt;/i&gt;, &lt;i&gt;"exact phrase"&lt;/i&gt;.</source>
            <translation>Namig: manj besed ali filtri v poizvedbi: &lt;i&gt;kind:reply&lt;/i&gt;, &lt;i&gt;lang:sl&lt;/i&gt;, &lt;i&gt;tag:refund&lt;/i&gt;, &lt;i&gt;"natančna fraza"&lt;/i&gt;.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>{shown} of {count} · scroll for more</source>
            <translation>{shown} od {count} · pomaknite se za več</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Pinned and recent items (Ctrl+D pins the open item)</source>
            <translation>Pripeti in nedavni elementi (Ctrl+D pripne odprti element)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Type to search. Ctrl+D pins an open item so it shows here.</source>
            <translation>Pišite za iskanje. Ctrl+D pripne odprti element, da se pokaže tukaj.</translation>
        </message>
        <message>
            <location line="+82" />
            <source>{count_text} · Did you mean &lt;a href='#'&gt;{suggestion}&lt;/a&gt;? (Tab)</source>
            <translation>{count_text} · Ste mislili &lt;a href='#'&gt;{suggestion}&lt;/a&gt;? (Tab)</translation>
        </message>
    </context>
    <context>
        <name>SendJob</name>
        <message>
            <location filename="../ui/composer/send.py" line="+68" />
            <source>Sending failed unexpectedly: {error_type}: {exc}</source>
            <translation>Pošiljanje je nepričakovano spodletelo: {error_type}: {exc}</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../ui/settings_dialog.py" line="+73" />
            <source>Settings</source>
            <translation>Nastavitve</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Starter content ({starter_content})</source>
            <translation>Začetna vsebina ({starter_content})</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+152" />
            <source>Content folder</source>
            <translation>Mapa z vsebino</translation>
        </message>
        <message>
            <location line="-151" />
            <source>&amp;Browse…</source>
            <translation>&amp;Prebrskaj …</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose content folder</source>
            <translation>Izberite mapo z vsebino</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Your name</source>
            <translation>Vaše ime</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Text size</source>
            <translation>Velikost besedila</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Your language</source>
            <translation>Vaš jezik</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Interface language</source>
            <translation>Jezik vmesnika</translation>
        </message>
        <message>
            <location line="+3" />
            <source>As the system ({language})</source>
            <translation>Kot sistem ({language})</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Colours</source>
            <translation>Barve</translation>
        </message>
        <message>
            <location line="+2" />
            <source>System</source>
            <translation>Sistemske</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Light</source>
            <translation>Svetle</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dark</source>
            <translation>Temne</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Distance unit</source>
            <translation>Enota razdalje</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kilometres</source>
            <translation>Kilometri</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Miles</source>
            <translation>Milje</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Editor command</source>
            <translation>Ukaz urejevalnika</translation>
        </message>
        <message>
            <location line="+2" />
            <source>$VISUAL or $EDITOR, else the system's handler</source>
            <translation>$VISUAL ali $EDITOR, sicer sistemski program</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Content folder:</source>
            <translation>&amp;Mapa z vsebino:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Your &amp;name:</source>
            <translation>Vaše &amp;ime:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Text size:</source>
            <translation>&amp;Velikost besedila:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Language:</source>
            <translation>&amp;Jezik:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Int&amp;erface language:</source>
            <translation>Jezik vm&amp;esnika:</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The interface language changes when KB Assist next starts.</source>
            <translation>Jezik vmesnika se spremeni ob naslednjem zagonu KB Assist.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>C&amp;olours:</source>
            <translation>&amp;Barve:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Distances:</source>
            <translation>&amp;Razdalje:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Ed&amp;itor for problems:</source>
            <translation>&amp;Urejevalnik za težave:</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Show an icon in the s&amp;ystem tray (from the next start of KB Assist)</source>
            <translation>Pokaži ikono v &amp;sistemski vrstici (od naslednjega zagona KB Assist)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Mail server</source>
            <translation>Poštni strežnik</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Mail server port</source>
            <translation>Vrata poštnega strežnika</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Connection security</source>
            <translation>Varnost povezave</translation>
        </message>
        <message>
            <location line="+4" />
            <source>None (local test servers)</source>
            <translation>Brez (lokalni preizkusni strežniki)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Mail user name</source>
            <translation>Uporabniško ime za pošto</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Sender address</source>
            <translation>Naslov pošiljatelja</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Server:</source>
            <translation>&amp;Strežnik:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Port:</source>
            <translation>&amp;Vrata:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>S&amp;ecurity:</source>
            <translation>Va&amp;rnost:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;User:</source>
            <translation>&amp;Uporabnik:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;From:</source>
            <translation>&amp;Od:</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Mail password</source>
            <translation>Geslo za pošto</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Kept in the system keyring, never in the settings file.</source>
            <translation>Hrani se v sistemski shrambi gesel, nikoli v datoteki z nastavitvami.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>&amp;Test connection</source>
            <translation>&amp;Preizkusi povezavo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Test the mail server connection</source>
            <translation>Preizkusi povezavo s poštnim strežnikom</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Pass&amp;word:</source>
            <translation>&amp;Geslo:</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;General</source>
            <translation>Sp&amp;lošno</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sending &amp;mail</source>
            <translation>Pošiljanje poš&amp;te</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Us&amp;age log</source>
            <translation>D&amp;nevnik uporabe</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Enter the mail server first.</source>
            <translation>Najprej vnesite poštni strežnik.</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <location filename="../ui/shortcuts_dialog.py" line="+78" />
            <location line="+2" />
            <source>Keyboard shortcuts</source>
            <translation>Bližnjice na tipkovnici</translation>
        </message>
    </context>
    <context>
        <name>SourceDiffView</name>
        <message>
            <location filename="../ui/revisions/diff_view.py" line="+111" />
            <source>Differences in the source</source>
            <translation>Razlike v izvorni kodi</translation>
        </message>
        <message>
            <location line="+9" />
            <source>No differences.</source>
            <translation>Ni razlik.</translation>
        </message>
    </context>
    <context>
        <name>SourceEdit</name>
        <message>
            <location filename="../ui/editor/document.py" line="-636" />
            <source>Source</source>
            <translation>Izvorno</translation>
        </message>
    </context>
    <context>
        <name>StartupFrame</name>
        <message>
            <location filename="../ui/startup_frame.py" line="+23" />
            <source>KB Assist — {name}</source>
            <translation>KB Assist — {name}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Opening KB Assist…</source>
            <translation>Odpiram KB Assist …</translation>
        </message>
    </context>
    <context>
        <name>TemplatePicker</name>
        <message>
            <location filename="../ui/composer/picker.py" line="+206" />
            <source>Find a template…</source>
            <translation>Poišči predlogo …</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Find a reply template</source>
            <translation>Poišči predlogo sporočila</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Template:</source>
            <translation>Predloga:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Template kind</source>
            <translation>Vrsta predloge</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show only templates of this kind</source>
            <translation>Pokaži samo predloge te vrste</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Reply templates</source>
            <translation>Predloge sporočil</translation>
        </message>
        <message>
            <location line="+37" />
            <source>All kinds</source>
            <translation>Vse vrste</translation>
        </message>
    </context>
    <context>
        <name>TonePanel</name>
        <message>
            <location filename="../ui/tone/panel.py" line="+51" />
            <source>Tone summary</source>
            <translation>Povzetek tona</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Tone findings</source>
            <translation>Ugotovitve o tonu</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Select a finding to select its words in the reply; press Enter to apply its fix.</source>
            <translation>Izberite ugotovitev, da označite njene besede v sporočilu; pritisnite Enter, da uporabite popravek.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Fi&amp;x</source>
            <translation>Po&amp;pravi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Apply the suggested fix</source>
            <translation>Uporabi predlagani popravek</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Replace the selected words with the suggestion (Enter)</source>
            <translation>Zamenjaj izbrane besede s predlogom (Enter)</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Checking tone…</source>
            <translation>Preverjam ton …</translation>
        </message>
        <message>
            <location line="+46" />
            <source>{count} / {limit} characters</source>
            <translation>{count} / {limit} znakov</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{count} / {limit} words</source>
            <translation>{count} / {limit} besed</translation>
        </message>
        <message>
            <location line="+9" />
            <source>no tone problems</source>
            <translation>brez težav s tonom</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Counted in characters: each Chinese character counts as one, and so does each Latin word or number.</source>
            <translation>Šteto v znakih: vsak kitajski znak šteje kot eden, prav tako vsaka latinična beseda ali število.</translation>
        </message>
    </context>
    <context>
        <name>TrayIcon</name>
        <message>
            <location filename="../ui/tray.py" line="+29" />
            <source>KB Assist</source>
            <translation>KB Assist</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Search…</source>
            <translation>&amp;Išči …</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Show &amp;KB Assist</source>
            <translation>Pokaži &amp;KB Assist</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Quit</source>
            <translation>&amp;Končaj</translation>
        </message>
    </context>
    <context>
        <name>UsageSettingsBox</name>
        <message>
            <location filename="../ui/insights/usage_settings.py" line="+43" />
            <source>Usage log</source>
            <translation>Dnevnik uporabe</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Record searches and use for Insights</source>
            <translation>&amp;Beleži iskanja in uporabo za Vpoglede</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Keep everything</source>
            <translation>Obdrži vse</translation>
        </message>
        <message>
            <location line="+1" />
            <source> days</source>
            <translation> dni</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Keep usage events for</source>
            <translation>Dogodke uporabe hrani</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rank templates by the &amp;team's use too</source>
            <translation>Razvrsti predloge tudi po uporabi &amp;ekipe</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Empty: on this computer only</source>
            <translation>Prazno: samo na tem računalniku</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Team usage database</source>
            <translation>Ekipna zbirka podatkov o uporabi</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Stored: searches (personal data scrubbed), opened articles and their rank, copied summaries, templates used, how replies went out, the kind of place looked up, and your Yes/No ratings. Never: reply texts, field values, customers' addresses.</source>
            <translation>Shranjeno: iskanja (brez osebnih podatkov), odprti članki in njihova uvrstitev, kopirani povzetki, uporabljene predloge, kako so sporočila odšla, vrsta iskanega kraja in vaše ocene Da/Ne. Nikoli: besedila sporočil, vrednosti polj, naslovi strank.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Delete my usage history…</source>
            <translation>&amp;Izbriši mojo zgodovino uporabe …</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Keep for:</source>
            <translation>Hrani:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Team database:</source>
            <translation>Ekipna zbirka podatkov:</translation>
        </message>
    </context>
    <context>
        <name>VariantNotice</name>
        <message>
            <location filename="../ui/composer/language.py" line="+54" />
            <source>Template language</source>
            <translation>Jezik predloge</translation>
        </message>
        <message>
            <location line="+14" />
            <source>No {wanted} version of this template: showing {shown}.</source>
            <translation>Ta predloga nima različice v izbranem jeziku ({wanted}); prikazana je različica: {shown}.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The reply you had written is kept in Drafts.</source>
            <translation>Sporočilo, ki ste ga napisali, ostane med Osnutki.</translation>
        </message>
    </context>
    <context>
        <name>VersionRow</name>
        <message>
            <location filename="../ui/revisions/history_dialog.py" line="-282" />
            <source>Working copy — the file as it is now</source>
            <translation>Delovna kopija — datoteka, kot je zdaj</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The file on disk, with any changes not committed yet</source>
            <translation>Datoteka na disku, z morebitnimi še nepotrjenimi spremembami</translation>
        </message>
    </context>
    <context>
        <name>_LinkList</name>
        <message>
            <location filename="../ui/editor/front_matter_form.py" line="-387" />
            <source>{name}: language</source>
            <translation>{name}: jezik</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{name}: article to add</source>
            <translation>{name}: članek za dodajanje</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add the article to {name}</source>
            <translation>Dodaj članek v {name}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Remove the selected entry from {name}</source>
            <translation>Odstrani izbrani vnos iz {name}</translation>
        </message>
    </context>
    <context>
        <name>accept</name>
        <message>
            <location filename="../ui/insights/accept.py" line="+20" />
            <source>The article {id} is not in the content any more</source>
            <translation>Članka {id} ni več v vsebini</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{file} cannot be opened in the editor</source>
            <translation>{file} ni mogoče odpreti v urejevalniku</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The front matter of {file} cannot be changed ({error})</source>
            <translation>Glave datoteke {file} ni mogoče spremeniti ({error})</translation>
        </message>
    </context>
    <context>
        <name>answer_card</name>
        <message>
            <location filename="../ui/article/answer_card.py" line="-179" />
            <source>Copy the answer (Ctrl+Shift+C)</source>
            <translation>Kopiraj odgovor (Ctrl+Shift+C)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>The article's file has a problem (see the Problems panel), so this is the last version that could be read. It may change once the file is fixed.</source>
            <translation>Datoteka članka ima težavo (glejte ploščo Težave), zato je to zadnja različica, ki jo je bilo mogoče prebrati. Ko bo datoteka popravljena, se lahko spremeni.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Review overdue since {when}</source>
            <translation>Pregled zamuja od {when}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Reviewed until {when}</source>
            <translation>Pregledano do {when}</translation>
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <location filename="../ui/app.py" line="+111" />
            <source>The content is still being read.</source>
            <translation>Vsebina se še bere.</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Copied</source>
            <translation>Kopirano</translation>
        </message>
    </context>
    <context>
        <name>checks</name>
        <message>
            <location filename="../ui/composer/checks.py" line="+11" />
            <source>Set your name in Settings (Ctrl+,).</source>
            <translation>Vpišite svoje ime v Nastavitvah (Ctrl+,).</translation>
        </message>
        <message>
            <location line="+14" />
            <location line="+1" />
            <source>Choose a template.</source>
            <translation>Izberite predlogo.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Fill in: </source>
            <translation>Izpolnite: </translation>
        </message>
        <message>
            <location line="+7" />
            <source>Check: </source>
            <translation>Preverite: </translation>
        </message>
        <message>
            <location line="+24" />
            <source>To send from here, set the mail server and sender in Settings (Ctrl+,).</source>
            <translation>Za pošiljanje od tukaj v Nastavitvah nastavite poštni strežnik in pošiljatelja (Ctrl+,).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Enter the customer's address to send.</source>
            <translation>Za pošiljanje vnesite naslov stranke.</translation>
        </message>
    </context>
    <context>
        <name>diff_view</name>
        <message>
            <location filename="../ui/revisions/diff_view.py" line="-96" />
            <source>Added</source>
            <translation>Dodano</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Removed</source>
            <translation>Odstranjeno</translation>
        </message>
        <message>
            <location line="+60" />
            <source>{WORDS} in the details (front matter)</source>
            <translation>{WORDS} v podrobnostih (glava)</translation>
        </message>
        <message>
            <location line="+15" />
            <source>&lt;p&gt;&lt;i&gt;No differences.&lt;/i&gt;&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;i&gt;Ni razlik.&lt;/i&gt;&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>document</name>
        <message>
            <location filename="../ui/editor/document.py" line="-46" />
            <source>{path} does not exist any more.</source>
            <translation>{path} ne obstaja več.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Cannot read {path}.</source>
            <translation>{path} ni mogoče prebrati.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>line {line}: </source>
            <translation>vrstica {line}: </translation>
        </message>
    </context>
    <context>
        <name>drafts</name>
        <message>
            <location filename="../ui/composer/drafts.py" line="+120" />
            <source>No drafts</source>
            <translation>Ni osnutkov</translation>
        </message>
        <message>
            <location line="+9" />
            <source>De&amp;lete a draft</source>
            <translation>I&amp;zbriši osnutek</translation>
        </message>
    </context>
    <context>
        <name>facts_table</name>
        <message>
            <location filename="../ui/article/facts_table.py" line="-85" />
            <source>Yes</source>
            <translation>Da</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No</source>
            <translation>Ne</translation>
        </message>
    </context>
    <context>
        <name>history_dialog</name>
        <message>
            <location filename="../ui/revisions/history_dialog.py" line="-24" />
            <source>Select one version to compare it with the working copy, or two (Ctrl+click) to compare them.</source>
            <translation>Izberite eno različico, da jo primerjate z delovno kopijo, ali dve (Ctrl+klik), da primerjate njiju.</translation>
        </message>
    </context>
    <context>
        <name>main_window</name>
        <message>
            <location filename="../ui/main_window.py" line="-1317" />
            <source>&amp;Write</source>
            <translation>P&amp;isanje</translation>
        </message>
        <message>
            <location line="+25" />
            <source>search index built in {seconds:.1f} s</source>
            <translation>iskalni indeks zgrajen v {seconds:.1f} s</translation>
        </message>
        <message>
            <location line="+5" />
            <source>search index up to date</source>
            <translation>iskalni indeks je posodobljen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>search index: {count} re-read in {seconds:.2f} s</source>
            <translation>iskalni indeks: ponovno prebrano {count} v {seconds:.2f} s</translation>
        </message>
        <message>
            <location line="+18" />
            <source>⚠ {problems} in content</source>
            <translation>⚠ V vsebini: {problems}</translation>
        </message>
    </context>
    <context>
        <name>merge</name>
        <message>
            <location filename="../ui/composer/merge.py" line="-26" />
            <source>Your edits and the new value both change this part</source>
            <translation>Vaši popravki in nova vrednost spreminjajo isti del</translation>
        </message>
    </context>
    <context>
        <name>model</name>
        <message>
            <location filename="../ui/review/model.py" line="+27" />
            <source>Owner</source>
            <translation>Lastnik</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reason</source>
            <translation>Razlog</translation>
        </message>
        <message>
            <location filename="../ui/tone/model.py" line="+22" />
            <source>Must fix</source>
            <translation>Obvezno popravite</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Risky</source>
            <translation>Tvegano</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Suggestion</source>
            <translation>Predlog</translation>
        </message>
        <message>
            <location line="+3" />
            <source>personal data</source>
            <translation>osebni podatki</translation>
        </message>
        <message>
            <location line="+1" />
            <source>plain language</source>
            <translation>preprost jezik</translation>
        </message>
        <message>
            <location line="+1" />
            <source>next step</source>
            <translation>naslednji korak</translation>
        </message>
        <message>
            <location line="+20" />
            <source>
Fix: {replacement}</source>
            <translation>
Popravek: {replacement}</translation>
        </message>
    </context>
    <context>
        <name>output</name>
        <message>
            <location filename="../ui/composer/output.py" line="+60" />
            <source>The To address {address!r} cannot go in a mail link: give plain addresses such as name@example.org, separated by commas, or copy the text instead.</source>
            <translation>Naslova prejemnika {address!r} ni mogoče uporabiti v poštni povezavi: navedite preproste naslove, kot je name@example.org, ločene z vejicami, ali pa besedilo kopirajte.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>This reply cannot be handed to the mail client (it is too long, or has characters a mail link may not carry). Copy the text or save it as an .eml file instead.</source>
            <translation>Tega sporočila ni mogoče predati poštnemu odjemalcu (predolgo je ali vsebuje znake, ki jih poštna povezava ne prenese). Besedilo kopirajte ali ga shranite kot datoteko .eml.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>No mail client opened. Copy the text instead.</source>
            <translation>Poštni odjemalec se ni odprl. Besedilo raje kopirajte.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Save the reply as an email file</source>
            <translation>Shrani sporočilo kot datoteko e-pošte</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Email (*.eml)</source>
            <translation>E-pošta (*.eml)</translation>
        </message>
        <message>
            <location line="+18" />
            <source>There is no sender address: set it in Settings, or email in the [org] table of kbassist.toml.</source>
            <translation>Naslova pošiljatelja ni: nastavite ga v Nastavitvah ali kot email v tabeli [org] datoteke kbassist.toml.</translation>
        </message>
    </context>
    <context>
        <name>panel</name>
        <message>
            <location filename="../ui/search/panel.py" line="-370" />
            <source>All</source>
            <translation>Vse</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Articles</source>
            <translation>Članki</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Replies</source>
            <translation>Predloge sporočil</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Facilities</source>
            <translation>Poslovalnice</translation>
        </message>
    </context>
    <context>
        <name>problems_panel</name>
        <message>
            <location filename="../ui/problems_panel.py" line="-249" />
            <source>Severity</source>
            <translation>Resnost</translation>
        </message>
        <message>
            <location line="+1" />
            <source>File</source>
            <translation>Datoteka</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Problem</source>
            <translation>Težava</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No problems: every content file was read.</source>
            <translation>Ni težav: vse datoteke vsebine so bile prebrane.</translation>
        </message>
    </context>
    <context>
        <name>quote</name>
        <message>
            <location filename="../ui/composer/quote.py" line="-25" />
            <source> — internal</source>
            <translation> — interno</translation>
        </message>
        <message>
            <location line="+1" />
            <source>For the team only: do not send this to the customer.</source>
            <translation>Samo za ekipo: tega ne pošiljajte stranki.</translation>
        </message>
    </context>
    <context>
        <name>result_delegate</name>
        <message>
            <location filename="../ui/search/result_delegate.py" line="-61" />
            <source>Pinned</source>
            <translation>Pripeto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Recent</source>
            <translation>Nedavno</translation>
        </message>
        <message>
            <location line="+3" />
            <source>found by meaning</source>
            <translation>najdeno po pomenu</translation>
        </message>
    </context>
    <context>
        <name>results_model</name>
        <message>
            <location filename="../ui/search/results_model.py" line="+14" />
            <source>Article</source>
            <translation>Članek</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reply template</source>
            <translation>Predloga sporočila</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Facility</source>
            <translation>Poslovalnica</translation>
        </message>
        <message>
            <location line="+47" />
            <source>, found by meaning</source>
            <translation>, najdeno po pomenu</translation>
        </message>
    </context>
    <context>
        <name>settings</name>
        <message>
            <location filename="../ui/settings.py" line="+41" />
            <source>Content folder to use; empty means the bundled starter content.</source>
            <translation>Mapa z vsebino, ki se uporablja; prazno pomeni priloženo začetno vsebino.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Your name, as it appears in the replies you sign.</source>
            <translation>Vaše ime, kot je zapisano v sporočilih, ki jih podpišete.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Text size, from 0.8 (small) to 2.0 (very large).</source>
            <translation>Velikost besedila, od 0,8 (majhno) do 2,0 (zelo veliko).</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Your language (BCP 47, e.g. en, sl); results in it rank first.</source>
            <translation>Vaš jezik (BCP 47, npr. en, sl); zadetki v njem so razvrščeni najprej.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Language of the menus, buttons and messages (en, sl, hr, el, zh_CN); empty follows the system. Takes effect after a restart.</source>
            <translation>Jezik menijev, gumbov in sporočil (en, sl, hr, el, zh_CN); prazno sledi sistemu. Začne veljati po ponovnem zagonu.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Colours: system, light or dark.</source>
            <translation>Barve: system (sistemske), light (svetle) ali dark (temne).</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Distances to facilities: km or miles.</source>
            <translation>Razdalje do poslovalnic: km ali milje.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Mail server for sending replies.</source>
            <translation>Poštni strežnik za pošiljanje sporočil.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Mail server port (587 for STARTTLS, 465 for SSL).</source>
            <translation>Vrata poštnega strežnika (587 za STARTTLS, 465 za SSL).</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Connection security: starttls, ssl or none.</source>
            <translation>Varnost povezave: starttls, ssl ali none (brez).</translation>
        </message>
        <message>
            <location line="+6" />
            <source>User name on the mail server; the password is kept in the system keyring.</source>
            <translation>Uporabniško ime na poštnem strežniku; geslo se hrani v sistemski shrambi gesel.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Sender address for replies sent by SMTP.</source>
            <translation>Naslov pošiljatelja za sporočila, poslana prek SMTP.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Editor that opens a content file at a line, e.g. code -g {file}:{line}; empty means $VISUAL or $EDITOR, else the system's handler.</source>
            <translation>Urejevalnik, ki odpre datoteko vsebine v dani vrstici, npr. code -g {file}:{line}; prazno pomeni $VISUAL ali $EDITOR, sicer sistemski program.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Hide the search column while the Reply or Facilities tab is open (F9).</source>
            <translation>Skrij iskalni stolpec, ko je odprt zavihek Sporočilo ali Poslovalnice (F9).</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Review view: articles whose review date is at most this many days away are due soon.</source>
            <translation>Pogled Pregled: članki, katerih datum pregleda je največ toliko dni stran, kmalu zapadejo.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Search by meaning too, once you pause typing (finds answers worded differently).</source>
            <translation>Išči tudi po pomenu, ko prenehate tipkati (najde odgovore, zapisane z drugimi besedami).</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Show KB Assist in the system tray, with Search… (takes effect at start).</source>
            <translation>Pokaži KB Assist v sistemski vrstici, z ukazom Išči … (začne veljati ob zagonu).</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Record searches, opened articles, templates used and ratings (query texts scrubbed of personal data; never reply texts or field values) so the team sees what customers ask.</source>
            <translation>Beleži iskanja, odprte članke, uporabljene predloge in ocene (poizvedbe očiščene osebnih podatkov; nikoli besedil sporočil ali vrednosti polj), da ekipa vidi, kaj sprašujejo stranke.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Usage events older than this many days are deleted at start (0 keeps all).</source>
            <translation>Dogodki uporabe, starejši od toliko dni, se ob zagonu izbrišejo (0 obdrži vse).</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Template picker: your most used templates first, then the team's (off: yours only).</source>
            <translation>Izbirnik predlog: najprej vaše najpogosteje uporabljene predloge, nato ekipne (izklopljeno: samo vaše).</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Team usage database, postgresql://user@host:5432/database (password in the system keyring); empty keeps the usage log on this computer only.</source>
            <translation>Ekipna zbirka podatkov o uporabi, postgresql://user@host:5432/database (geslo v sistemski shrambi gesel); prazno hrani dnevnik uporabe samo na tem računalniku.</translation>
        </message>
    </context>
    <context>
        <name>shortcuts_dialog</name>
        <message>
            <location filename="../ui/shortcuts_dialog.py" line="-55" />
            <source>Choose a result without leaving the search box (the answer follows)</source>
            <translation>Izberite zadetek, ne da bi zapustili iskalno polje (odgovor sledi)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Open the chosen result</source>
            <translation>Odpri izbrani zadetek</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Clear the search box</source>
            <translation>Počisti iskalno polje</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Use the “did you mean” suggestion, when one shows</source>
            <translation>Uporabi predlog »Ste mislili«, ko se pokaže</translation>
        </message>
        <message>
            <location line="+12" />
            <source>menu only</source>
            <translation>samo v meniju</translation>
        </message>
        <message>
            <location line="+9" />
            <source>In the search box</source>
            <translation>V iskalnem polju</translation>
        </message>
    </context>
    <context>
        <name>single_instance</name>
        <message>
            <location filename="../ui/single_instance.py" line="+224" />
            <source>A link was not opened: {0}</source>
            <translation>Povezava ni bila odprta: {0}</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Link not opened</source>
            <translation>Povezava ni odprta</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Another program asked KB Assist to open this link. Nothing was opened.</source>
            <translation>Drug program je KB Assist prosil, naj odpre to povezavo. Nič ni bilo odprto.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>There is no article '{0}' in the content.</source>
            <translation>Članka »{0}« ni v vsebini.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>No content in “{0}”: searching every language.</source>
            <translation>Ni vsebine v jeziku »{0}«: iščem v vseh jezikih.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>This window has no facility finder.</source>
            <translation>To okno nima iskalnika poslovalnic.</translation>
        </message>
    </context>
    <context>
        <name>status_text</name>
        <message>
            <location filename="../ui/revisions/status_text.py" line="+14" />
            <source>Not committed to git yet</source>
            <translation>Še ni potrjeno v git</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last changed by {author_name} on {day_text}</source>
            <translation>Zadnja sprememba: {author_name}, {day_text}</translation>
        </message>
        <message>
            <location line="+11" />
            <source>{branch} and {remote} have both moved on ({ahead} and {behind} commits) — pull, then push, with your git tool</source>
            <translation>{branch} in {remote} sta se oba premaknila naprej ({ahead} in {behind} potrditev) — s svojim orodjem za git najprej povlecite (pull), nato potisnite (push)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{branch} is {count} behind {remote} — pull with your git tool</source>
            <translation>{branch} zaostaja za {remote} za {count} — povlecite (pull) s svojim orodjem za git</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{branch} is {count} ahead of {remote} — push with your git tool</source>
            <translation>{branch} je pred {remote} za {count} — potisnite (push) s svojim orodjem za git</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{branch} is up to date with {remote}</source>
            <translation>{branch} je usklajena z {remote}</translation>
        </message>
    </context>
    <context>
        <name>style</name>
        <message>
            <location filename="../ui/composer/style.py" line="+46" />
            <source>Fill in this field</source>
            <translation>Izpolnite to polje</translation>
        </message>
    </context>
    <context>
        <name>usage_settings</name>
        <message>
            <location filename="../ui/insights/usage_settings.py" line="+19" />
            <source>Delete my usage history</source>
            <translation>Izbriši mojo zgodovino uporabe</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete every search and use recorded under your name, on this computer and in the team database? The team's Insights lose them too. This cannot be undone.</source>
            <translation>Izbrišem vsa iskanja in uporabo, zabeležene pod vašim imenom, na tem računalniku in v ekipni zbirki podatkov? Tudi Vpogledi ekipe jih izgubijo. Tega ni mogoče razveljaviti.</translation>
        </message>
    </context>
    <context>
        <name>view</name>
        <message>
            <location filename="../ui/article/view.py" line="-318" />
            <source>This article is too complex to format; showing its text.</source>
            <translation>Ta članek je preveč zapleten za oblikovanje; prikazano je njegovo besedilo.</translation>
        </message>
        <message>
            <location line="+360" />
            <source>&lt;li&gt;{ident} (not in the content)&lt;/li&gt;</source>
            <translation>&lt;li&gt;{ident} (ni v vsebini)&lt;/li&gt;</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&lt;h2 id="related-articles"&gt;Related articles&lt;/h2&gt;&lt;ul&gt;</source>
            <translation>&lt;h2 id="related-articles"&gt;Sorodni članki&lt;/h2&gt;&lt;ul&gt;</translation>
        </message>
        <message>
            <location filename="../ui/review/view.py" line="-64" />
            <source>All owners</source>
            <translation>Vsi lastniki</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The review appears once the content has been read.</source>
            <translation>Pregled se pokaže, ko je vsebina prebrana.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nothing to review: every article is owned, summarised and within its dates.</source>
            <translation>Ničesar ni za pregledati: vsak članek ima lastnika, povzetek in je v svojih rokih.</translation>
        </message>
        <message>
            <location line="+190" />
            <source>{count} to look at — </source>
            <translation>Za pregled: {count} — </translation>
        </message>
    </context>
    <context>
        <name>workspace</name>
        <message>
            <location filename="../ui/editor/workspace.py" line="-91" />
            <source>&lt;h3&gt;Nothing open for editing&lt;/h3&gt;&lt;p&gt;Open an article and press &lt;b&gt;Ctrl+E&lt;/b&gt; (or its &lt;b&gt;Edit&lt;/b&gt; button), or start one with &lt;b&gt;File → New article&lt;/b&gt; (Ctrl+N).&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Nič ni odprto za urejanje&lt;/h3&gt;&lt;p&gt;Odprite članek in pritisnite &lt;b&gt;Ctrl+E&lt;/b&gt; (ali njegov gumb &lt;b&gt;Uredi&lt;/b&gt;) ali začnite novega z &lt;b&gt;Datoteka → Nov članek&lt;/b&gt; (Ctrl+N).&lt;/p&gt;</translation>
        </message>
    </context>
</TS>
