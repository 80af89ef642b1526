<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hr">
    <context>
        <name>Actions</name>
        <message>
            <location filename="../ui/actions.py" line="+65" />
            <source>Open result &amp;{n}</source>
            <translation>Otvori rezultat &amp;{n}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open the result number {n}</source>
            <translation>Otvori rezultat broj {n}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Search</source>
            <translation>&amp;Pretraživanje</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Go to the search box</source>
            <translation>Idi na polje za pretraživanje</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Back</source>
            <translation>&amp;Natrag</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Previous opened item</source>
            <translation>Prethodna otvorena stavka</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Forward</source>
            <translation>Napri&amp;jed</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Next opened item</source>
            <translation>Sljedeća otvorena stavka</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Copy answer</source>
            <translation>&amp;Kopiraj odgovor</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Copy the answer to read aloud or paste</source>
            <translation>Kopiraj odgovor za čitanje naglas ili lijepljenje</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Pin or unpin</source>
            <translation>P&amp;rikvači ili otkvači</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Pin the open item for quick access</source>
            <translation>Prikvači otvorenu stavku za brzi pristup</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Write a reply</source>
            <translation>Napiši &amp;poruku</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Write a reply from a template</source>
            <translation>Napiši poruku iz predloška</translation>
        </message>
        <message>
            <location line="+5" />
            <source>F&amp;ind a facility</source>
            <translation>Pronađi po&amp;slovnicu</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Nearest facility by postcode or town</source>
            <translation>Najbliža poslovnica prema poštanskom broju ili mjestu</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Content &amp;problems</source>
            <translation>Pro&amp;blemi u sadržaju</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Show or hide the content problems</source>
            <translation>Prikaži ili sakrij probleme u sadržaju</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Search &amp;column on Reply and Facilities</source>
            <translation>Stupac pre&amp;traživanja uz Poruku i Poslovnice</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Show or hide the search column while the Reply or Facilities tab is open</source>
            <translation>Prikaži ili sakrij stupac pretraživanja dok je otvorena kartica Poruka ili Poslovnice</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Re-read content</source>
            <translation>Ponovno &amp;učitaj sadržaj</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Re-read the content folder and update the index</source>
            <translation>Ponovno učitaj mapu sa sadržajem i ažuriraj indeks</translation>
        </message>
        <message>
            <location line="+5" />
            <source>S&amp;ettings…</source>
            <translation>P&amp;ostavke…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Content folder, your name, text size, language</source>
            <translation>Mapa sa sadržajem, vaše ime, veličina teksta, jezik</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Larger text</source>
            <translation>&amp;Veći tekst</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Make the text larger</source>
            <translation>Povećaj tekst</translation>
        </message>
        <message>
            <location line="+5" />
            <source>S&amp;maller text</source>
            <translation>&amp;Manji tekst</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Make the text smaller</source>
            <translation>Smanji tekst</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Quit</source>
            <translation>Iz&amp;laz</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Close KB Assist</source>
            <translation>Zatvori KB Assist</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Edit article</source>
            <translation>&amp;Uredi članak</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Edit the open article or reply template, with a live preview</source>
            <translation>Uredi otvoreni članak ili predložak poruke uz pretpregled uživo</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;New article…</source>
            <translation>&amp;Novi članak…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Start an article in the editor</source>
            <translation>Započni članak u uređivaču</translation>
        </message>
        <message>
            <location line="+5" />
            <source>D&amp;uplicate article…</source>
            <translation>&amp;Dupliciraj članak…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Copy the open article under a new id</source>
            <translation>Kopiraj otvoreni članak pod novim ID-om</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Rena&amp;me or move article…</source>
            <translation>Pre&amp;imenuj ili premjesti članak…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Give the open article a new id; links to it follow</source>
            <translation>Dodijeli otvorenom članku novi ID; poveznice na njega prate promjenu</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Delete article…</source>
            <translation>I&amp;zbriši članak…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Remove the open article (a .bak copy is kept)</source>
            <translation>Ukloni otvoreni članak (kopija .bak se čuva)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Open &amp;log folder</source>
            <translation>Otvori mapu &amp;zapisnika</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Show the folder with KB Assist's log files, for a bug report</source>
            <translation>Prikaži mapu sa zapisnicima KB Assista, za prijavu pogreške</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;History…</source>
            <translation>Po&amp;vijest…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Who changed the open article, and how; compare or restore an old version</source>
            <translation>Tko je promijenio otvoreni članak i kako; usporedi ili vrati staru verziju</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Commit…</source>
            <translation>Potvrdi &amp;promjene…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Commit your content changes to git, with your git name</source>
            <translation>Potvrdi promjene sadržaja u git (commit) s vašim git imenom</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Review</source>
            <translation>Pre&amp;gled</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Show or hide the articles that need review</source>
            <translation>Prikaži ili sakrij članke kojima treba pregled</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Insights</source>
            <translation>&amp;Uvidi</translation>
        </message>
        <message>
            <location line="+2" />
            <source>What agents searched for and could not find, and what to add</source>
            <translation>Što su agenti tražili, a nisu pronašli, i što dodati</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Answer &amp;helped</source>
            <translation>Odgovor je &amp;pomogao</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Did this answer it? Yes</source>
            <translation>Je li ovo odgovorilo na pitanje? Da</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Answer did &amp;not help</source>
            <translation>Odgovor nije po&amp;mogao</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Did this answer it? No</source>
            <translation>Je li ovo odgovorilo na pitanje? Ne</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;User guide</source>
            <translation>&amp;Korisnički priručnik</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The user guide, offline</source>
            <translation>Korisnički priručnik, izvanmrežno</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Tipkovnički prečaci</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Every action and its keys</source>
            <translation>Sve radnje i njihove tipke</translation>
        </message>
        <message>
            <location line="+15" />
            <source>&amp;Copy</source>
            <translation>&amp;Kopiraj</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Copy the reply as plain text</source>
            <translation>Kopiraj poruku kao običan tekst</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Copy &amp;rich text</source>
            <translation>Kopiraj o&amp;blikovano</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Copy the reply as formatted text, for mail and chat tools</source>
            <translation>Kopiraj poruku kao oblikovani tekst, za e-poštu i chat</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Open in &amp;mail client</source>
            <translation>Otvori u klijentu e-poš&amp;te</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Open the reply in your mail client, ready to send</source>
            <translation>Otvori poruku u klijentu e-pošte, spremnu za slanje</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Se&amp;nd</source>
            <translation>Po&amp;šalji</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Send the reply from here</source>
            <translation>Pošalji poruku odavde</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Save .&amp;eml…</source>
            <translation>Spremi .&amp;eml…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save the reply as an email file (.eml)</source>
            <translation>Spremi poruku kao datoteku e-pošte (.eml)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Drafts</source>
            <translation>Ski&amp;ce</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Reopen one of your recent drafts</source>
            <translation>Ponovno otvori jednu od nedavnih skica</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Find a &amp;template</source>
            <translation>Pronađi pre&amp;dložak</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Find a reply template by any word</source>
            <translation>Pronađi predložak poruke po bilo kojoj riječi</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Save</source>
            <translation>&amp;Spremi</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save the file being edited</source>
            <translation>Spremi datoteku koju uređujete</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Find and replace</source>
            <translation>Pro&amp;nađi i zamijeni</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Find (and replace) text in the file being edited</source>
            <translation>Pronađi (i zamijeni) tekst u datoteci koju uređujete</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Close &amp;tab</source>
            <translation>Zatvori &amp;karticu</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Close the file being edited</source>
            <translation>Zatvori datoteku koju uređujete</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&amp;File</source>
            <translation>&amp;Datoteka</translation>
        </message>
        <message>
            <location line="+20" />
            <source>&amp;Edit</source>
            <translation>&amp;Uređivanje</translation>
        </message>
        <message>
            <location line="+12" />
            <source>&amp;View</source>
            <translation>P&amp;rikaz</translation>
        </message>
        <message>
            <location line="+12" />
            <source>&amp;Go</source>
            <translation>&amp;Idi</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Repl&amp;y</source>
            <translation>P&amp;oruka</translation>
        </message>
        <message>
            <location line="+15" />
            <source>&amp;Help</source>
            <translation>Po&amp;moć</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Anywhere in the window</source>
            <translation>Bilo gdje u prozoru</translation>
        </message>
        <message>
            <location line="+1" />
            <source>In the reply composer (Reply tab)</source>
            <translation>U sastavljaču poruke (kartica Poruka)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>In the editor (Editor tab)</source>
            <translation>U uređivaču (kartica Pisanje)</translation>
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
            <translation>Sažetak odgovora</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Answering passage</source>
            <translation>Odlomak s odgovorom</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Article details</source>
            <translation>Pojedinosti članka</translation>
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
            <translation>U ispravljanju</translation>
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
            <translation>Je li ovo odgovorilo na pitanje?</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Yes</source>
            <translation>Da</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Yes, this answered it</source>
            <translation>Da, ovo je odgovor</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No</source>
            <translation>Ne</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No, this did not answer it</source>
            <translation>Ne, ovo nije odgovor</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Thanks, noted.</source>
            <translation>Hvala, zabilježeno.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Thanks; the article's editor will see it in Insights.</source>
            <translation>Hvala; urednik članka vidjet će to u Uvidima.</translation>
        </message>
    </context>
    <context>
        <name>ArticleBrowser</name>
        <message>
            <location filename="../ui/article/browser.py" line="+48" />
            <source>Article text</source>
            <translation>Tekst članka</translation>
        </message>
    </context>
    <context>
        <name>ArticleFileActions</name>
        <message>
            <location filename="../ui/editor/file_actions.py" line="+168" />
            <source>The content is still being read; try again in a moment.</source>
            <translation>Sadržaj se još učitava; pokušajte ponovno za trenutak.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>New article</source>
            <translation>Novi članak</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The id is the file's path under articles/, without .md.</source>
            <translation>ID je putanja datoteke unutar articles/, bez .md.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>New article {article_id}: not on disk until saved</source>
            <translation>Novi članak {article_id}: na disku tek kad ga spremite</translation>
        </message>
        <message>
            <location line="+13" />
            <source>copying it</source>
            <translation>kopiranja</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+14" />
            <source>Duplicate article</source>
            <translation>Dupliciraj članak</translation>
        </message>
        <message>
            <location line="-5" />
            <source>Copy {article_id} as {new_id}? These files change:</source>
            <translation>Kopirati {article_id} kao {new_id}? Mijenjaju se ove datoteke:</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Duplicate</source>
            <translation>Dupliciraj</translation>
        </message>
        <message>
            <location line="+17" />
            <source>renaming the article</source>
            <translation>preimenovanja članka</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Rename or move article</source>
            <translation>Preimenuj ili premjesti članak</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Rename {article_id} to {new_id}? These files change:</source>
            <translation>Preimenovati {article_id} u {new_id}? Mijenjaju se ove datoteke:</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Rename article</source>
            <translation>Preimenuj članak</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Rename</source>
            <translation>Preimenuj</translation>
        </message>
        <message>
            <location line="+21" />
            <source>deleting it</source>
            <translation>brisanja</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Delete {article_id}?</source>
            <translation>Izbrisati {article_id}?</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Delete article</source>
            <translation>Izbriši članak</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Delete</source>
            <translation>Izbriši</translation>
        </message>
        <message>
            <location line="+14" />
            <source>The new id for '{article_id}': its path under articles/, without .md.</source>
            <translation>Novi ID za „{article_id}”: njegova putanja unutar articles/, bez .md.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Cannot do that</source>
            <translation>To nije moguće</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Not done</source>
            <translation>Nije učinjeno</translation>
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
            <translation>mapa/naziv, npr. returns/late-returns</translation>
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
            <translation>Dajte članku naslov.</translation>
        </message>
    </context>
    <context>
        <name>ArticlePicker</name>
        <message>
            <location filename="../ui/editor/front_matter_form.py" line="+110" />
            <source>Type part of a title</source>
            <translation>Upišite dio naslova</translation>
        </message>
    </context>
    <context>
        <name>ArticleQuoter</name>
        <message>
            <location filename="../ui/composer/quote.py" line="+28" />
            <source>Article to quote</source>
            <translation>Članak za citiranje</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Article to quote…</source>
            <translation>Članak za citiranje…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Part of the article</source>
            <translation>Dio članka</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Insert at cursor</source>
            <translation>Umetni na m&amp;jesto pokazivača</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Insert the chosen part of the article where the cursor is</source>
            <translation>Umetni odabrani dio članka na mjesto pokazivača</translation>
        </message>
    </context>
    <context>
        <name>ArticleView</name>
        <message>
            <location filename="../ui/article/view.py" line="+120" />
            <source>Translations</source>
            <translation>Prijevodi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Also in:</source>
            <translation>Također na:</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Last change</source>
            <translation>Zadnja promjena</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Edit</source>
            <translation>Uredi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edit this article</source>
            <translation>Uredi ovaj članak</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open this article in the editor (Ctrl+E)</source>
            <translation>Otvori ovaj članak u uređivaču (Ctrl+E)</translation>
        </message>
        <message>
            <location line="+211" />
            <source>Internal: not for customers</source>
            <translation>Interno: nije za stranke</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Draft</source>
            <translation>Skica</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Open the {name} translation</source>
            <translation>Otvori prijevod: {name}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>'{ident}' is not in the content</source>
            <translation>„{ident}” nije u sadržaju</translation>
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
            <translation> — za to koristite svoj alat za git</translation>
        </message>
    </context>
    <context>
        <name>CommitDialog</name>
        <message>
            <location line="+83" />
            <source>Commit content changes</source>
            <translation>Potvrdi promjene sadržaja</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Changed content &amp;files (only the checked ones are committed):</source>
            <translation>Promijenjene &amp;datoteke sadržaja (potvrđuju se samo označene):</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Changed content files</source>
            <translation>Promijenjene datoteke sadržaja</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Message:</source>
            <translation>&amp;Opis:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Commit message</source>
            <translation>Opis potvrde</translation>
        </message>
        <message>
            <location line="+3" />
            <source>What changed and why. The first line is the summary people see in the history.</source>
            <translation>Što se promijenilo i zašto. Prvi redak je sažetak koji drugi vide u povijesti.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Looking for changes…</source>
            <translation>Tražim promjene…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Commit</source>
            <translation>&amp;Potvrdi</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Committing…</source>
            <translation>Potvrđujem…</translation>
        </message>
        <message>
            <location line="+32" />
            <source>The commit will be by {name} &lt;{email}&gt; (from your git config).</source>
            <translation>Autor potvrde bit će {name} &lt;{email}&gt; (iz vaše git konfiguracije).</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Nothing to commit: the content is as in the last commit.</source>
            <translation>Nema ničega za potvrdu: sadržaj je isti kao u zadnjoj potvrdi.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{count} changed.</source>
            <translation>Promijenjeno: {count}.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Committed {short_id}: {summary} ({files}). Push with your git tool to share it.</source>
            <translation>Potvrđeno {short_id}: {summary} ({files}). Da biste je podijelili s timom, pošaljite je (push) svojim alatom za git.</translation>
        </message>
    </context>
    <context>
        <name>ComposerWidget</name>
        <message>
            <location filename="../ui/composer/composer.py" line="+166" />
            <source>No template chosen</source>
            <translation>Predložak nije odabran</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Chosen template</source>
            <translation>Odabrani predložak</translation>
        </message>
        <message>
            <location line="+64" />
            <source>Why the reply cannot go out yet</source>
            <translation>Zašto poruka još ne može biti poslana</translation>
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
            <translation>Otvori u klijentu e-poš&amp;te</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Se&amp;nd</source>
            <translation>Po&amp;šalji</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save .eml…</source>
            <translation>Spremi .eml…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Drafts</source>
            <translation>Ski&amp;ce</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Include internal text any&amp;way</source>
            <translation>Ipak uk&amp;ljuči interni tekst</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The reply quotes text meant for the team only. Include it anyway?</source>
            <translation>Poruka citira tekst namijenjen samo timu. Ipak ga uključiti?</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Undo delete</source>
            <translation>Poništi bri&amp;sanje</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Put back the draft just deleted</source>
            <translation>Vrati upravo izbrisanu skicu</translation>
        </message>
        <message>
            <location line="+125" />
            <source>This template is no longer in the content (removed, or it has an error); your reply is kept as it stands.</source>
            <translation>Ovaj predložak više nije u sadržaju (uklonjen je ili ima pogrešku); vaša poruka ostaje kakva jest.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>This template was updated on disk; your edits are kept.</source>
            <translation>Predložak je ažuriran na disku; vaše izmjene su sačuvane.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Restored your unsent reply from {when}.</source>
            <translation>Vraćena je vaša neposlana poruka od {when}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Restored your unsent reply.</source>
            <translation>Vraćena je vaša neposlana poruka.</translation>
        </message>
        <message>
            <location line="+90" />
            <source>There is no reply template '{template_id}'.</source>
            <translation>Ne postoji predložak poruke „{template_id}”.</translation>
        </message>
        <message>
            <location line="+32" />
            <source>No reply template has a facility field.</source>
            <translation>Nijedan predložak poruke nema polje za poslovnicu.</translation>
        </message>
        <message>
            <location line="+48" />
            <source>Filling in the template…</source>
            <translation>Popunjavam predložak…</translation>
        </message>
        <message>
            <location line="+19" />
            <source>This template takes too long to fill in; nothing was rendered. Tell the content team: {path}</source>
            <translation>Popunjavanje ovog predloška traje predugo; ništa nije izrađeno. Obavijestite tim za sadržaj: {path}</translation>
        </message>
        <message>
            <location line="+45" />
            <source>Internal text in the reply ({sources}).</source>
            <translation>Interni tekst u poruci ({sources}).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The reply contains text meant for the team only ({sources}). Remove it, or choose “Include internal text anyway” if it may go to the customer.</source>
            <translation>Poruka sadrži tekst namijenjen samo timu ({sources}). Uklonite ga ili odaberite „Ipak uključi interni tekst” ako ga stranka smije vidjeti.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Fix {count}.</source>
            <translation>Ispravite: {count}.</translation>
        </message>
        <message>
            <location line="+46" />
            <source>Choose a template: type in the Template field ({keys}), or search kind:reply.</source>
            <translation>Odaberite predložak: pišite u polje Predložak ({keys}) ili potražite kind:reply.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Not ready: </source>
            <translation>Nije spremno: </translation>
        </message>
        <message>
            <location line="+5" />
            <source>Checking tone…</source>
            <translation>Provjeravam ton…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Ready, {count}.</source>
            <translation>Spremno, {count}.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Ready. </source>
            <translation>Spremno. </translation>
        </message>
        <message>
            <location line="+0" />
            <source>Ready to send.</source>
            <translation>Spremno za slanje.</translation>
        </message>
        <message>
            <location line="+57" />
            <source>Copied as plain text.</source>
            <translation>Kopirano kao običan tekst.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Copied as formatted text.</source>
            <translation>Kopirano kao oblikovani tekst.</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Saved {path}.</source>
            <translation>Spremljeno: {path}.</translation>
        </message>
        <message>
            <location line="+13" />
            <location line="+49" />
            <source>Sending…</source>
            <translation>Šaljem…</translation>
        </message>
        <message>
            <location line="-23" />
            <source>Sent to {recipient}.</source>
            <translation>Poslano na {recipient}.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>No password is saved for {user} on {host}, so nothing was sent. Enter it when asked, or in Settings (it is kept in the system keyring).</source>
            <translation>Za {user} na {host} nije spremljena lozinka pa ništa nije poslano. Unesite je kad se zatraži ili u Postavkama (čuva se u sustavskom spremištu lozinki).</translation>
        </message>
        <message>
            <location line="+50" />
            <source>Deleted the draft “{label}”.</source>
            <translation>Skica „{label}” je izbrisana.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The draft is back in Drafts.</source>
            <translation>Skica je ponovno u Skicama.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>The draft's template '{template_id}' is not in the content any more.</source>
            <translation>Predložak ove skice „{template_id}” više nije u sadržaju.</translation>
        </message>
    </context>
    <context>
        <name>ConflictDialog</name>
        <message>
            <location filename="../ui/editor/conflict.py" line="+58" />
            <source>{name} changed on disk</source>
            <translation>Datoteka {name} promijenila se na disku</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&lt;b&gt;{name}&lt;/b&gt; was changed by someone else (or another program) since you opened it. Choose which text to keep; nothing is written until you choose.</source>
            <translation>Datoteku &lt;b&gt;{name}&lt;/b&gt; promijenio je netko drugi (ili drugi program) otkad ste je otvorili. Odaberite koji tekst zadržati; ništa se ne zapisuje dok ne odaberete.</translation>
        </message>
        <message>
            <location line="+9" />
            <location line="+37" />
            <source>Your text</source>
            <translation>Vaš tekst</translation>
        </message>
        <message>
            <location line="-36" />
            <location line="+37" />
            <source>On disk now</source>
            <translation>Sada na disku</translation>
        </message>
        <message>
            <location line="-31" />
            <source>keep your lines</source>
            <translation>zadrži vaše retke</translation>
        </message>
        <message>
            <location line="+0" />
            <source>take the lines on disk</source>
            <translation>uzmi retke s diska</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Where both changed the same lines</source>
            <translation>Gdje su oboje promijenili iste retke</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Merge: {places} changed on both sides; there,</source>
            <translation>Spoji: na objema stranama promijenjeno – {places}; tamo</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Merge: the changes do not overlap; both are kept.</source>
            <translation>Spoji: promjene se ne preklapaju; obje ostaju.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Keep mine</source>
            <translation>&amp;Zadrži moje</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Write your text over the file on disk</source>
            <translation>Prepiši datoteku na disku svojim tekstom</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Use the disk version</source>
            <translation>&amp;Uzmi verziju s diska</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Replace your text with the file on disk</source>
            <translation>Zamijeni svoj tekst datotekom s diska</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Merge</source>
            <translation>S&amp;poji</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Carry the changes on disk into your text, to check</source>
            <translation>Prenesi promjene s diska u svoj tekst, za provjeru</translation>
        </message>
    </context>
    <context>
        <name>ConnectionTestJob</name>
        <message>
            <location filename="../ui/mail_password.py" line="+51" />
            <source>Enter the password first: none is saved in the keyring.</source>
            <translation>Najprije unesite lozinku: u spremištu lozinki nema nijedne.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The test failed unexpectedly: {error_type}: {exc}</source>
            <translation>Test nije uspio zbog neočekivane pogreške: {error_type}: {exc}</translation>
        </message>
    </context>
    <context>
        <name>DailyChart</name>
        <message>
            <location filename="../ui/insights/chart.py" line="+34" />
            <source>Searches per day and no-result rate</source>
            <translation>Pretraživanja po danu i udio bez rezultata</translation>
        </message>
        <message>
            <location line="+15" />
            <source>{days} days from {first} to {last}; most searches: {count} on {day}.</source>
            <translation>Dana: {days}, od {first} do {last}; najviše pretraživanja: {count}, dana {day}.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>No searches in this period.</source>
            <translation>U ovom razdoblju nije bilo pretraživanja.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>No searches yet</source>
            <translation>Još nema pretraživanja</translation>
        </message>
        <message>
            <location line="+61" />
            <source>■ searches per day</source>
            <translation>■ pretraživanja po danu</translation>
        </message>
        <message>
            <location line="+2" />
            <source>● found nothing (%)</source>
            <translation>● bez rezultata (%)</translation>
        </message>
    </context>
    <context>
        <name>DateInput</name>
        <message>
            <location filename="../ui/composer/form.py" line="+54" />
            <source>YYYY-MM-DD</source>
            <translation>GGGG-MM-DD</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Pick the date from a calendar</source>
            <translation>Odaberite datum u kalendaru</translation>
        </message>
    </context>
    <context>
        <name>EditorDocument</name>
        <message>
            <location filename="../ui/editor/document.py" line="+246" />
            <source>Preview</source>
            <translation>Pretpregled</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Problems in this file</source>
            <translation>Problemi u ovoj datoteci</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Document status</source>
            <translation>Stanje dokumenta</translation>
        </message>
        <message>
            <location line="+39" />
            <source>The template took too long to render.</source>
            <translation>Izrada predloška trajala je predugo.</translation>
        </message>
        <message>
            <location line="+80" />
            <source>The front matter cannot be read; the preview shows the last version that could. See the problems below.</source>
            <translation>Zaglavlje se ne može pročitati; pretpregled prikazuje zadnju verziju koja se mogla pročitati. Pogledajte probleme ispod.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>&lt;p&gt;&lt;i&gt;This text could not be formatted.&lt;/i&gt;&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;i&gt;Ovaj tekst nije bilo moguće oblikovati.&lt;/i&gt;&lt;/p&gt;</translation>
        </message>
        <message>
            <location line="+34" />
            <source>The front matter cannot be read; see the problems below.</source>
            <translation>Zaglavlje se ne može pročitati; pogledajte probleme ispod.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>&lt;p&gt;&lt;b&gt;Subject:&lt;/b&gt; {subject}&lt;/p&gt;&lt;hr&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Predmet:&lt;/b&gt; {subject}&lt;/p&gt;&lt;hr&gt;</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&lt;p&gt;&lt;i&gt;Rendered with sample values: each field's &lt;code&gt;sample&lt;/code&gt;, else its &lt;code&gt;default&lt;/code&gt;.&lt;/i&gt;&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;i&gt;Izrađeno s oglednim vrijednostima: &lt;code&gt;sample&lt;/code&gt; svakog polja, inače njegov &lt;code&gt;default&lt;/code&gt;.&lt;/i&gt;&lt;/p&gt;</translation>
        </message>
        <message>
            <location line="+55" />
            <source>line {line}, column {column}</source>
            <translation>redak {line}, stupac {column}</translation>
        </message>
        <message>
            <location line="+12" />
            <source>no problems</source>
            <translation>bez problema</translation>
        </message>
        <message>
            <location line="+1" />
            <source>unsaved changes</source>
            <translation>nespremljene promjene</translation>
        </message>
        <message>
            <location line="+0" />
            <source>saved</source>
            <translation>spremljeno</translation>
        </message>
        <message>
            <location line="+70" />
            <source>Not saved: {exc}</source>
            <translation>Nije spremljeno: {exc}</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+29" />
            <source>Not saved</source>
            <translation>Nije spremljeno</translation>
        </message>
        <message>
            <location line="-28" />
            <source>{exc}

Your text is still in the editor.</source>
            <translation>{exc}

Vaš tekst je još uvijek u uređivaču.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Saved {display_name}</source>
            <translation>Spremljeno: {display_name}</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Not saved: {path} could not be written ({reason}). Your text is still here; free some space or fix the folder's permissions and save again.</source>
            <translation>Nije spremljeno: {path} nije bilo moguće zapisati ({reason}). Vaš tekst je još ovdje; oslobodite malo prostora ili ispravite dozvole mape i ponovno spremite.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>{path} could not be written: {reason}.

Your text is still in the editor, unsaved. Fix the cause and save again.</source>
            <translation>{path} nije bilo moguće zapisati: {reason}.

Vaš tekst je još u uređivaču, nespremljen. Uklonite uzrok i ponovno spremite.</translation>
        </message>
        <message>
            <location line="+8" />
            <source> (line {line})</source>
            <translation> (redak {line})</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Save with errors?</source>
            <translation>Spremiti s pogreškama?</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{display_name} has {count}: {message}{where}</source>
            <translation>{display_name}: {count} – {message}{where}</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Saved as it is, `kbassist check` reports the file, and agents keep seeing the last version that had no errors, marked as being fixed, until it is fixed. Save anyway?</source>
            <translation>Ako spremite ovako, `kbassist check` prijavljuje datoteku, a agenti do ispravka vide zadnju verziju bez pogrešaka, označenu kao „u ispravljanju”. Ipak spremiti?</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Save anyway</source>
            <translation>Ipak &amp;spremi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Keep editing</source>
            <translation>&amp;Nastavi uređivati</translation>
        </message>
        <message>
            <location line="+20" />
            <source>{display_name}: now the version on disk</source>
            <translation>{display_name}: sada verzija s diska</translation>
        </message>
        <message>
            <location line="+14" />
            <source>{display_name}: merged with the version on disk; check, then save</source>
            <translation>{display_name}: spojeno s verzijom na disku; provjerite pa spremite</translation>
        </message>
        <message>
            <location line="+11" />
            <source>The file changed on disk</source>
            <translation>Datoteka se promijenila na disku</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Compare…</source>
            <translation>Usporedi…</translation>
        </message>
        <message>
            <location line="+19" />
            <source>&lt;b&gt;{display_name}&lt;/b&gt; is no longer on disk (deleted or moved). Your text is kept here; Save writes it again.</source>
            <translation>&lt;b&gt;{display_name}&lt;/b&gt; više nije na disku (izbrisano ili premješteno). Vaš tekst ostaje ovdje; Spremi ga ponovno zapisuje.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>&lt;b&gt;{display_name}&lt;/b&gt; changed on disk while you edit it. Your text is kept; compare to keep yours, take theirs or merge.</source>
            <translation>&lt;b&gt;{display_name}&lt;/b&gt; promijenio se na disku dok ga uređujete. Vaš tekst ostaje; usporedite pa zadržite svoj, uzmite njihov ili spojite.</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Save the changes to {display_name}?</source>
            <translation>Spremiti promjene u {display_name}?</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Save the changes to {display_name} before {before}?</source>
            <translation>Spremiti promjene u {display_name} prije {before}?</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Unsaved changes</source>
            <translation>Nespremljene promjene</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Discarded changes cannot be brought back.</source>
            <translation>Odbačene promjene ne mogu se vratiti.</translation>
        </message>
    </context>
    <context>
        <name>EditorWorkspace</name>
        <message>
            <location filename="../ui/editor/workspace.py" line="+61" />
            <source>Open files</source>
            <translation>Otvorene datoteke</translation>
        </message>
        <message>
            <location line="+55" />
            <source>Cannot edit: {exc}</source>
            <translation>Uređivanje nije moguće: {exc}</translation>
        </message>
    </context>
    <context>
        <name>FacilityCard</name>
        <message>
            <location filename="../ui/finder/card.py" line="+228" />
            <source>Facility</source>
            <translation>Poslovnica</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Facility name</source>
            <translation>Naziv poslovnice</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Opening status</source>
            <translation>Radi li sada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Address</source>
            <translation>Adresa</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Phone, email and website</source>
            <translation>Telefon, e-pošta i web-stranica</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Opening hours this week</source>
            <translation>Radno vrijeme ovaj tjedan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Services, notes and accessibility</source>
            <translation>Usluge, napomene i pristupačnost</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Map</source>
            <translation>Karta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Copy address</source>
            <translation>Kopiraj adr&amp;esu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Copy address</source>
            <translation>Kopiraj adresu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Copy the name and address to the clipboard</source>
            <translation>Kopiraj naziv i adresu u međuspremnik</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Use in &amp;reply</source>
            <translation>Upo&amp;trijebi u poruci</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Use in reply</source>
            <translation>Upotrijebi u poruci</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Put this facility into the reply being written</source>
            <translation>Umetni ovu poslovnicu u poruku koju pišete</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Copy as te&amp;xt message</source>
            <translation>&amp;Kopiraj kao SMS</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Copy as text message</source>
            <translation>Kopiraj kao SMS</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Copy a short text message (name, address, today's hours, phone) to the clipboard</source>
            <translation>Kopiraj kratki SMS (naziv, adresa, današnje radno vrijeme, telefon) u međuspremnik</translation>
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
            <translation>Web: </translation>
        </message>
        <message>
            <location line="+6" />
            <source>Open map</source>
            <translation>Otvori kartu</translation>
        </message>
        <message>
            <location line="+0" />
            <source> (OpenStreetMap)</source>
            <translation> (OpenStreetMap)</translation>
        </message>
        <message>
            <location line="+14" />
            <source>&lt;b&gt;Opening hours&lt;/b&gt;&lt;br&gt;{unknown}.</source>
            <translation>&lt;b&gt;Radno vrijeme&lt;/b&gt;&lt;br&gt;{unknown}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&lt;b&gt;Opening hours&lt;/b&gt; (local time, {zone})&lt;table&gt;{rows}&lt;/table&gt;</source>
            <translation>&lt;b&gt;Radno vrijeme&lt;/b&gt; (lokalno vrijeme, {zone})&lt;table&gt;{rows}&lt;/table&gt;</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&lt;b&gt;Services:&lt;/b&gt; </source>
            <translation>&lt;b&gt;Usluge:&lt;/b&gt; </translation>
        </message>
        <message>
            <location line="+3" />
            <source>&lt;b&gt;Notes:&lt;/b&gt; </source>
            <translation>&lt;b&gt;Napomene:&lt;/b&gt; </translation>
        </message>
        <message>
            <location line="+3" />
            <source>&lt;b&gt;Accessibility:&lt;/b&gt; </source>
            <translation>&lt;b&gt;Pristupačnost:&lt;/b&gt; </translation>
        </message>
        <message>
            <location line="+7" />
            <source>No facility selected</source>
            <translation>Nijedna poslovnica nije odabrana</translation>
        </message>
    </context>
    <context>
        <name>FactsModel</name>
        <message>
            <location filename="../ui/article/facts_table.py" line="+115" />
            <source>In reply templates: kb["{article_id}"].{name}</source>
            <translation>U predlošcima poruka: kb["{article_id}"].{name}</translation>
        </message>
    </context>
    <context>
        <name>FactsTable</name>
        <message>
            <location line="+12" />
            <source>Facts</source>
            <translation>Podaci</translation>
        </message>
    </context>
    <context>
        <name>FieldEditor</name>
        <message>
            <location filename="../ui/composer/form.py" line="+76" />
            <source> (required)</source>
            <translation> (obavezno)</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Problem with {label}</source>
            <translation>Problem s poljem {label}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>{label} reads as</source>
            <translation>{label} glasi</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Calendar for {label}</source>
            <translation>Kalendar za {label}</translation>
        </message>
        <message>
            <location line="+40" />
            <source>Choose…</source>
            <translation>Odaberite…</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Type a name, town or postcode</source>
            <translation>Upišite naziv, mjesto ili poštanski broj</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Type part of a title</source>
            <translation>Upišite dio naslova</translation>
        </message>
        <message>
            <location line="+104" />
            <source>This field's pattern takes too long to check: tell the editor.</source>
            <translation>Provjera uzorka ovog polja traje predugo: obavijestite urednika.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Not in the expected form: {expected}</source>
            <translation>Nije u očekivanom obliku: {expected}</translation>
        </message>
    </context>
    <context>
        <name>FieldForm</name>
        <message>
            <location line="+26" />
            <source>About this template</source>
            <translation>O ovom predlošku</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+21" />
            <source>Choose a template to fill in its fields.</source>
            <translation>Odaberite predložak da biste popunili njegova polja.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This template has no fields to fill in.</source>
            <translation>Ovaj predložak nema polja za popunjavanje.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Fields marked * are required.</source>
            <translation>Polja označena sa * su obavezna.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Required</source>
            <translation>Obavezno</translation>
        </message>
    </context>
    <context>
        <name>FindBar</name>
        <message>
            <location filename="../ui/editor/find_bar.py" line="+24" />
            <source>Find and replace</source>
            <translation>Pronađi i zamijeni</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+1" />
            <source>Find</source>
            <translation>Pronađi</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+1" />
            <source>Replace with</source>
            <translation>Zamijeni s</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Match case</source>
            <translation>Razlikuj velika i mala slova</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Previous</source>
            <translation>Prethodno</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Next</source>
            <translation>Sljedeće</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Replace</source>
            <translation>Zamijeni</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Replace all</source>
            <translation>Zamijeni sve</translation>
        </message>
        <message>
            <location line="+82" />
            <source>Not found</source>
            <translation>Nije pronađeno</translation>
        </message>
        <message>
            <location line="+31" />
            <source>{replaced} replaced</source>
            <translation>Zamijenjeno: {replaced}</translation>
        </message>
    </context>
    <context>
        <name>FinderPanel</name>
        <message>
            <location filename="../ui/finder/panel.py" line="+112" />
            <source>Postcode, town or lat,lon</source>
            <translation>Poštanski broj, mjesto ili šir.,duž.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Customer location</source>
            <translation>Lokacija stranke</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Service</source>
            <translation>Usluga</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Open when</source>
            <translation>Otvoreno u</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Now</source>
            <translation>Sada</translation>
        </message>
        <message>
            <location line="+0" />
            <source>At…</source>
            <translation>U…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Open at date and time</source>
            <translation>Otvoreno na datum i u vrijeme</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Now</source>
            <translation>&amp;Sada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Back to now</source>
            <translation>Natrag na sada</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Show opening status for the time now, following the clock</source>
            <translation>Prikaži radi li sada, prema satu</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Open only</source>
            <translation>Samo ot&amp;vorene</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open only</source>
            <translation>Samo otvorene</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Only facilities open then; those with unknown hours are listed apart, to call first</source>
            <translation>Samo poslovnice otvorene u to vrijeme; one s nepoznatim radnim vremenom navedene su zasebno, najprije ih nazovite</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Finder status</source>
            <translation>Stanje pretraživanja poslovnica</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Nearest facilities</source>
            <translation>Najbliže poslovnice</translation>
        </message>
        <message>
            <location line="+23" />
            <location line="+173" />
            <source>Type the customer's postcode or town.</source>
            <translation>Upišite poštanski broj ili mjesto stranke.</translation>
        </message>
        <message>
            <location line="-107" />
            <source>All services</source>
            <translation>Sve usluge</translation>
        </message>
        <message>
            <location line="+121" />
            <source>“{place}” is no place in the gazetteer. Facilities it names (distance unknown):</source>
            <translation>„{place}” nije mjesto u popisu mjesta. Poslovnice koje ga navode (udaljenost nepoznata):</translation>
        </message>
        <message>
            <location line="+59" />
            <source>No place called “{place}” is in the gazetteer.</source>
            <translation>Mjesta „{place}” nema u popisu mjesta.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>{problem}&lt;br&gt;Did you mean: {links}?</source>
            <translation>{problem}&lt;br&gt;Jeste li mislili: {links}?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{problem}&lt;br&gt;Type a postcode, a town, or coordinates as lat,lon.</source>
            <translation>{problem}&lt;br&gt;Upišite poštanski broj, mjesto ili koordinate kao šir.,duž.</translation>
        </message>
        <message>
            <location line="-59" />
            <source> (best match so far)</source>
            <translation> (dosad najbolje podudaranje)</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Nearest to &lt;b&gt;{where}&lt;/b&gt;</source>
            <translation>Najbliže mjestu &lt;b&gt;{where}&lt;/b&gt;</translation>
        </message>
        <message>
            <location line="+2" />
            <source> · ≈ placed by postcode or town, not surveyed</source>
            <translation> · ≈ smješteno prema poštanskom broju ili mjestu, nije izmjereno</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No facility near &lt;b&gt;{where}&lt;/b&gt; matches the filters.</source>
            <translation>Nijedna poslovnica blizu &lt;b&gt;{where}&lt;/b&gt; ne odgovara filtrima.</translation>
        </message>
    </context>
    <context>
        <name>FrontMatterForm</name>
        <message>
            <location filename="../ui/editor/front_matter_form.py" line="+189" />
            <source>Front matter notice</source>
            <translation>Obavijest o zaglavlju</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Show all front matter fields</source>
            <translation>Prikaži sva polja zaglavlja</translation>
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
            <translation>nije postavljeno: objavljeno</translation>
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
            <translation>Sažetak</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The answer in one or two sentences</source>
            <translation>Odgovor u jednoj ili dvije rečenice</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Questions</source>
            <translation>Pitanja</translation>
        </message>
        <message>
            <location line="+2" />
            <source>How callers ask for this, one per line</source>
            <translation>Kako stranke to pitaju, jedno po retku</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Tags</source>
            <translation>Oznake</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Words, separated by commas</source>
            <translation>Riječi odvojene zarezama</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Su&amp;mmary:</source>
            <translation>Sa&amp;žetak:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Questions:</source>
            <translation>&amp;Pitanja:</translation>
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
            <translation>nije postavljeno: kao mapa</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Audience</source>
            <translation>Ciljna skupina</translation>
        </message>
        <message>
            <location line="+0" />
            <source>not set: public</source>
            <translation>nije postavljeno: javno</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Owner</source>
            <translation>Vlasnik</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Team that keeps it right</source>
            <translation>Tim koji se brine da je točno</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Review by</source>
            <translation>Pregled do</translation>
        </message>
        <message>
            <location line="+4" />
            <source>No date</source>
            <translation>Bez datuma</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No review date</source>
            <translation>Bez datuma pregleda</translation>
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
            <translation>&amp;Vlasnik:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Review &amp;by:</source>
            <translation>Pre&amp;gled do:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Fact</source>
            <translation>Podatak</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Value</source>
            <translation>Vrijednost</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Facts</source>
            <translation>Podaci</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Add a fact</source>
            <translation>Dodaj podatak</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove the selected fact</source>
            <translation>Ukloni odabrani podatak</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Related</source>
            <translation>Povezano</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Translations</source>
            <translation>Prijevodi</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Fa&amp;cts:</source>
            <translation>Po&amp;daci:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Related:</source>
            <translation>Po&amp;vezano:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Translations:</source>
            <translation>Prijevodi:</translation>
        </message>
        <message>
            <location line="+81" />
            <source>&amp;Details ▾</source>
            <translation>Po&amp;jedinosti ▾</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Details ▸</source>
            <translation>Po&amp;jedinosti ▸</translation>
        </message>
        <message>
            <location line="+11" />
            <source>⚠ The form is off until the front matter is fixed in the source: {message}</source>
            <translation>⚠ Obrazac je isključen dok se zaglavlje ne ispravi u izvorniku: {message}</translation>
        </message>
        <message>
            <location line="+66" />
            <source>'{shown}' is not a date (YYYY-MM-DD): pick one.</source>
            <translation>„{shown}” nije datum (GGGG-MM-DD): odaberite ga.</translation>
        </message>
    </context>
    <context>
        <name>HelpViewer</name>
        <message>
            <location filename="../ui/help_viewer.py" line="+61" />
            <source>KB Assist — User guide</source>
            <translation>KB Assist — Korisnički priručnik</translation>
        </message>
        <message>
            <location line="+4" />
            <source>User guide</source>
            <translation>Korisnički priručnik</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Back</source>
            <translation>&amp;Natrag</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Forward</source>
            <translation>Napri&amp;jed</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Contents</source>
            <translation>&amp;Sadržaj</translation>
        </message>
        <message>
            <location line="+41" />
            <source>The user guide is not installed in {0}.</source>
            <translation>Korisnički priručnik nije instaliran u {0}.</translation>
        </message>
    </context>
    <context>
        <name>HistoryDialog</name>
        <message>
            <location filename="../ui/revisions/history_dialog.py" line="+126" />
            <source>History of {title}</source>
            <translation>Povijest: {title}</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Versions, newest first</source>
            <translation>Verzije, najnovije prve</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Reading the history…</source>
            <translation>Čitam povijest…</translation>
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
            <translation>&amp;Izvornik</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Restore this version into the &amp;editor</source>
            <translation>Vrati ovu verziju u &amp;uređivač</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Put the selected version's text in the editor; nothing is saved until you save</source>
            <translation>Stavi tekst odabrane verzije u uređivač; ništa se ne sprema dok ne spremite</translation>
        </message>
        <message>
            <location line="+78" />
            <source>This article has not been committed yet: it has no history.</source>
            <translation>Ovaj članak još nije potvrđen u git: nema povijesti.</translation>
        </message>
        <message>
            <location line="+36" />
            <source>This article has not been committed yet: nothing to compare.</source>
            <translation>Ovaj članak još nije potvrđen u git: nema se što usporediti.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Comparing…</source>
            <translation>Uspoređujem…</translation>
        </message>
        <message>
            <location line="+17" />
            <source> (then {as_posix})</source>
            <translation> (zatim {as_posix})</translation>
        </message>
        <message>
            <location line="+4" />
            <source>From {label}{moved} to {label2}</source>
            <translation>Od {label}{moved} do {label2}</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Restored into the editor. Save there to keep it, or undo.</source>
            <translation>Vraćeno u uređivač. Spremite ondje da biste ga zadržali ili poništite.</translation>
        </message>
    </context>
    <context>
        <name>InsightsView</name>
        <message>
            <location filename="../ui/insights/view.py" line="+107" />
            <source>Period</source>
            <translation>Razdoblje</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Last {days} days</source>
            <translation>Zadnjih dana: {days}</translation>
        </message>
        <message>
            <location line="+0" />
            <source>All</source>
            <translation>Sve</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Refresh</source>
            <translation>Osvježi</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Reading the usage log…</source>
            <translation>Čitam zapisnik korištenja…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Summary</source>
            <translation>Sažetak</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Questions to add to articles</source>
            <translation>Pitanja za dodavanje u članke</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Add to the article</source>
            <translation>&amp;Dodaj u članak</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Add the query to the article's questions in the editor (then save)</source>
            <translation>Dodaj upit među pitanja članka u uređivaču (zatim spremite)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Copy as &amp;YAML</source>
            <translation>Kopiraj kao &amp;YAML</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Copy the questions line to paste into the article</source>
            <translation>Kopiraj redak s pitanjima za lijepljenje u članak</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Searches that found nothing</source>
            <translation>Pretraživanja bez rezultata</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Searches where nothing was opened</source>
            <translation>Pretraživanja nakon kojih ništa nije otvoreno</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Top searches</source>
            <translation>Najčešća pretraživanja</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Top articles</source>
            <translation>Najčešće otvarani članci</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Articles rated “No” most</source>
            <translation>Članci s najviše ocjena „Ne”</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Templates by use</source>
            <translation>Predlošci po korištenju</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Facilities looked up most</source>
            <translation>Najčešće tražene poslovnice</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Period:</source>
            <translation>Razdoblje:</translation>
        </message>
        <message>
            <location line="+89" />
            <source>Cannot read the usage log {where}: {error}</source>
            <translation>Zapisnik korištenja {where} ne može se pročitati: {error}</translation>
        </message>
        <message>
            <location line="+36" />
            <source>Searches: {searches} · agents: {agents} · found nothing: {rate}%</source>
            <translation>Pretraživanja: {searches} · agenti: {agents} · bez rezultata: {rate} %</translation>
        </message>
        <message>
            <location line="+9" />
            <source>No searches recorded in this period. Searches appear here once agents pause typing in the search box.</source>
            <translation>U ovom razdoblju nema zabilježenih pretraživanja. Pretraživanja se ovdje pojavljuju kad agenti zastanu s tipkanjem u polju za pretraživanje.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Add “{query}” to the questions of {title} ({times}×)</source>
            <translation>Dodaj „{query}” među pitanja članka {title} ({times}×)</translation>
        </message>
        <message>
            <location line="+16" />
            <source>{no} No · {yes} Yes  {title}</source>
            <translation>{no} Ne · {yes} Da  {title}</translation>
        </message>
        <message>
            <location line="+50" />
            <source>no editor</source>
            <translation>nema uređivača</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Added “{query}” to the questions of {title} in the editor; save to keep it.</source>
            <translation>„{query}” je dodano među pitanja članka {title} u uređivaču; spremite da ostane.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Copied as YAML: paste it into the front matter of {title}.</source>
            <translation>Kopirano kao YAML: zalijepite ga u zaglavlje članka {title}.</translation>
        </message>
    </context>
    <context>
        <name>LanguageChooser</name>
        <message>
            <location filename="../ui/composer/language.py" line="+41" />
            <source>Reply in:</source>
            <translation>Poruka na jeziku:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Customer's language</source>
            <translation>Jezik stranke</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The language the customer writes in: the template's version in that language is filled in</source>
            <translation>Jezik na kojem stranka piše: popunjava se verzija predloška na tom jeziku</translation>
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
            <translation>Mapa zapisnika {folder} ne može se stvoriti: {exc}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The log files are in {folder}</source>
            <translation>Zapisnici su u {folder}</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&lt;h2&gt;KB Assist&lt;/h2&gt;&lt;p&gt;Type in the search box: results appear as you type.&lt;br&gt;↑ ↓ choose · Enter opens · Alt+1…9 opens a result · Esc clears&lt;br&gt;Ctrl+K back to search · Ctrl+D pins · Alt+← → back and forward&lt;/p&gt;</source>
            <translation>&lt;h2&gt;KB Assist&lt;/h2&gt;&lt;p&gt;Pišite u polje za pretraživanje: rezultati se pojavljuju dok tipkate.&lt;br&gt;↑ ↓ odabir · Enter otvara · Alt+1…9 otvara rezultat · Esc briše&lt;br&gt;Ctrl+K natrag na pretraživanje · Ctrl+D prikvačuje · Alt+← → natrag i naprijed&lt;/p&gt;</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Workspace</source>
            <translation>Radni prostor</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Answer</source>
            <translation>Od&amp;govor</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Re&amp;ply</source>
            <translation>Poruk&amp;a</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Faci&amp;lities</source>
            <translation>Poslov&amp;nice</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Edit articles and reply templates (Ctrl+E)</source>
            <translation>Uređivanje članaka i predložaka poruka (Ctrl+E)</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Problems</source>
            <translation>Problemi</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Review</source>
            <translation>Pregled</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Insights</source>
            <translation>Uvidi</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Git branch status</source>
            <translation>Stanje git grane</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Content problems</source>
            <translation>Problemi u sadržaju</translation>
        </message>
        <message>
            <location line="+257" />
            <source>Reading content…</source>
            <translation>Učitavam sadržaj…</translation>
        </message>
        <message>
            <location line="+180" />
            <source>Something went wrong: {message}</source>
            <translation>Nešto je pošlo po zlu: {message}</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Preparing the search index… results follow in a moment.</source>
            <translation>Pripremam indeks pretraživanja… rezultati slijede za trenutak.</translation>
        </message>
        <message>
            <location line="+92" />
            <source>Search index rebuilt in {seconds:.1f} s</source>
            <translation>Indeks pretraživanja ponovno je izgrađen za {seconds:.1f} s</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Cannot rebuild the search index: {message}</source>
            <translation>Indeks pretraživanja ne može se ponovno izgraditi: {message}</translation>
        </message>
        <message>
            <location line="+42" />
            <source>Search by meaning is unavailable on this computer; words still work.</source>
            <translation>Pretraživanje po značenju nije dostupno na ovom računalu; riječi i dalje rade.</translation>
        </message>
        <message>
            <location line="+43" />
            <location line="+180" />
            <source>“{ident}” is not in the content any more.</source>
            <translation>„{ident}” više nije u sadržaju.</translation>
        </message>
        <message>
            <location line="-143" />
            <source>Reply template · Enter opens</source>
            <translation>Predložak poruke · Enter otvara</translation>
        </message>
        <message>
            <location line="+51" />
            <source>Reply template</source>
            <translation>Predložak poruke</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Facility</source>
            <translation>Poslovnica</translation>
        </message>
        <message>
            <location line="+54" />
            <source>Open an item first, then Ctrl+D pins it.</source>
            <translation>Najprije otvorite stavku, a zatim je Ctrl+D prikvačuje.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Pinned</source>
            <translation>Prikvačeno</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Unpinned</source>
            <translation>Otkvačeno</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Un&amp;pin</source>
            <translation>Otkva&amp;či</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Pin</source>
            <translation>P&amp;rikvači</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Open an article first, then Ctrl+E edits it.</source>
            <translation>Najprije otvorite članak, a zatim ga Ctrl+E uređuje.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Open an article first.</source>
            <translation>Najprije otvorite članak.</translation>
        </message>
        <message>
            <location line="+84" />
            <source>Open an article first, then its history.</source>
            <translation>Najprije otvorite članak, a zatim njegovu povijest.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The editor cannot open this file.</source>
            <translation>Uređivač ne može otvoriti ovu datoteku.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Old version restored into the editor: save to keep it</source>
            <translation>Stara verzija vraćena je u uređivač: spremite da biste je zadržali</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Unsaved edits</source>
            <translation>Nespremljene izmjene</translation>
        </message>
        <message>
            <location line="+2" />
            <source>These files have edits that are not saved: {names}.

A commit takes the files as they are on disk.</source>
            <translation>Ove datoteke imaju nespremljene izmjene: {names}.

Potvrda uzima datoteke kakve su na disku.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Save them, then commit</source>
            <translation>&amp;Spremi ih, zatim potvrdi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Commit &amp;without them</source>
            <translation>Potvrdi &amp;bez njih</translation>
        </message>
        <message>
            <location line="+17" />
            <source>No reply template takes a facility.</source>
            <translation>Nijedan predložak poruke ne prima poslovnicu.</translation>
        </message>
        <message>
            <location line="+43" />
            <source>Text size {scale:.0%}</source>
            <translation>Veličina teksta {scale:.0%}</translation>
        </message>
    </context>
    <context>
        <name>MergeNotice</name>
        <message>
            <location filename="../ui/composer/merge.py" line="+38" />
            <source>Your edits and the new value clash</source>
            <translation>Vaše izmjene i nova vrijednost se sukobljavaju</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Keep my text</source>
            <translation>Zadrži moj tekst</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Use new text</source>
            <translation>Upotrijebi novi tekst</translation>
        </message>
    </context>
    <context>
        <name>PasswordPrompt</name>
        <message>
            <location filename="../ui/mail_password.py" line="+91" />
            <location line="+3" />
            <source>Mail password</source>
            <translation>Lozinka za e-poštu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Save it in the system keyring</source>
            <translation>&amp;Spremi je u sustavsko spremište lozinki</translation>
        </message>
        <message>
            <location line="+9" />
            <source>No password is saved for {user} on {host}. Enter it to send.</source>
            <translation>Za {user} na {host} nije spremljena lozinka. Unesite je za slanje.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Password:</source>
            <translation>&amp;Lozinka:</translation>
        </message>
    </context>
    <context>
        <name>PasswordRow</name>
        <message>
            <location line="-77" />
            <source>Enter the server and user name first</source>
            <translation>Najprije unesite poslužitelj i korisničko ime</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The keyring cannot be used</source>
            <translation>Spremište lozinki ne može se koristiti</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Saved in the keyring (type to replace it)</source>
            <translation>Spremljeno u spremištu lozinki (tipkajte da biste je zamijenili)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A password for {user} on {host} is saved in the keyring.</source>
            <translation>Lozinka za {user} na {host} spremljena je u spremištu lozinki.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Not saved yet</source>
            <translation>Još nije spremljeno</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No password is saved for {user} on {host}.</source>
            <translation>Za {user} na {host} nije spremljena lozinka.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Connecting to {host}:{port}…</source>
            <translation>Povezujem se s {host}:{port}…</translation>
        </message>
    </context>
    <context>
        <name>ProblemsPanel</name>
        <message>
            <location filename="../ui/problems_panel.py" line="+192" />
            <source>Problems summary</source>
            <translation>Sažetak problema</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Content problems</source>
            <translation>Problemi u sadržaju</translation>
        </message>
        <message>
            <location line="+46" />
            <source>Cannot open {where}: the file is not there any more.</source>
            <translation>{where} ne može se otvoriti: datoteka više ne postoji.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>the editor_command setting</source>
            <translation>postavka editor_command</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Cannot read {origin} ({command!r}): {exc}. Fix it in Settings.</source>
            <translation>{origin} ({command!r}) ne može se pročitati: {exc}. Ispravite u Postavkama.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Set an editor command in Settings: {name} needs a terminal (from {origin}), and no terminal emulator was found.</source>
            <translation>Postavite naredbu uređivača u Postavkama: {name} treba terminal (iz {origin}), a emulator terminala nije pronađen.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Opened {where} in {editor} ({name}).</source>
            <translation>{where} otvoreno je u {editor} ({name}).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Cannot start {name} to open {where} in {editor}.</source>
            <translation>{name} ne može se pokrenuti da otvori {where} u {editor}.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Opened {where} in {argv}.</source>
            <translation>{where} otvoreno je u {argv}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cannot start {program!r} (from {origin}) to open {where}.</source>
            <translation>{program!r} (iz {origin}) ne može se pokrenuti da otvori {where}.</translation>
        </message>
        <message>
            <location line="+4" />
            <source> (go to line {line})</source>
            <translation> (idi na redak {line})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Opened {name} with the system's handler{line}.</source>
            <translation>{name} otvoreno je sustavskim programom{line}.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Nothing can open {where}: set an editor in Settings (editor_command), or $VISUAL or $EDITOR.</source>
            <translation>{where} nema čime otvoriti: postavite uređivač u Postavkama (editor_command) ili $VISUAL odnosno $EDITOR.</translation>
        </message>
    </context>
    <context>
        <name>QGnomeTheme</name>
        <message>
            <location filename="../ui/translators.py" line="+40" />
            <source>&amp;OK</source>
            <translation>&amp;U redu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Save</source>
            <translation>&amp;Spremi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Cancel</source>
            <translation>&amp;Odustani</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Close</source>
            <translation>&amp;Zatvori</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Close without Saving</source>
            <translation>Zatvori bez spremanja</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <location line="-22" />
            <source>OK</source>
            <translation>U redu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save</source>
            <translation>Spremi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save All</source>
            <translation>Spremi sve</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open</source>
            <translation>Otvori</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Yes</source>
            <translation>&amp;Da</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Yes to &amp;All</source>
            <translation>D&amp;a, za sve</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;No</source>
            <translation>&amp;Ne</translation>
        </message>
        <message>
            <location line="+1" />
            <source>N&amp;o to All</source>
            <translation>N&amp;e, za sve</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Abort</source>
            <translation>Prekini</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Retry</source>
            <translation>Pokušaj ponovo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ignore</source>
            <translation>Zanemari</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Close</source>
            <translation>Zatvori</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancel</source>
            <translation>Odustani</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Discard</source>
            <translation>Odbaci</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Help</source>
            <translation>Pomoć</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Apply</source>
            <translation>Primijeni</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reset</source>
            <translation>Resetiraj</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Restore Defaults</source>
            <translation>Vrati na zadane vrijednosti</translation>
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
            <translation>Predmet</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Reply text</source>
            <translation>Tekst poruke</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The reply appears here as you fill in the fields.</source>
            <translation>Poruka se pojavljuje ovdje dok popunjavate polja.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;To:</source>
            <translation>&amp;Za:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Subject:</source>
            <translation>Predm&amp;et:</translation>
        </message>
    </context>
    <context>
        <name>RepositoryControls</name>
        <message>
            <location filename="../ui/revisions/controls.py" line="+115" />
            <location line="+13" />
            <source>The content folder is not in a git repository.</source>
            <translation>Mapa sa sadržajem nije u git repozitoriju.</translation>
        </message>
    </context>
    <context>
        <name>ResultDelegate</name>
        <message>
            <location filename="../ui/search/result_delegate.py" line="+93" />
            <source>Pinned · {badge}</source>
            <translation>Prikvačeno · {badge}</translation>
        </message>
    </context>
    <context>
        <name>ReviewView</name>
        <message>
            <location filename="../ui/review/view.py" line="+63" />
            <location line="+34" />
            <source>Group by</source>
            <translation>Grupiraj po</translation>
        </message>
        <message>
            <location line="-30" />
            <location line="+31" />
            <source>Owner</source>
            <translation>Vlasnik</translation>
        </message>
        <message>
            <location line="-28" />
            <source>Due soon within days</source>
            <translation>Uskoro dospijeva za dana</translation>
        </message>
        <message>
            <location line="+2" />
            <source> days</source>
            <translation> dana</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Reviews due in this many days or fewer count as due soon</source>
            <translation>Pregledi koji dospijevaju za toliko dana ili manje smatraju se skorima</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Review summary</source>
            <translation>Sažetak pregleda</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Articles to review</source>
            <translation>Članci za pregled</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Open</source>
            <translation>Otvori</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open the article</source>
            <translation>Otvori članak</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edit</source>
            <translation>Uredi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edit the article</source>
            <translation>Uredi članak</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open the article in the editor</source>
            <translation>Otvori članak u uređivaču</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Due soon within</source>
            <translation>Uskoro dospijeva za</translation>
        </message>
    </context>
    <context>
        <name>SearchPanel</name>
        <message>
            <location filename="../ui/search/panel.py" line="+111" />
            <source>Search articles, replies and facilities   (Ctrl+K)</source>
            <translation>Pretražujte članke, predloške i poslovnice   (Ctrl+K)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Search</source>
            <translation>Pretraživanje</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Show kind</source>
            <translation>Prikaži vrstu</translation>
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
            <translation>Svi jezici</translation>
        </message>
        <message>
            <location line="-82" />
            <source>Index progress</source>
            <translation>Napredak indeksa</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Search status</source>
            <translation>Stanje pretraživanja</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Results</source>
            <translation>Rezultati</translation>
        </message>
        <message>
            <location line="+134" />
            <source>Searched the first {MAX_QUERY_CHARS} characters only.</source>
            <translation>Pretraženo je samo prvih {MAX_QUERY_CHARS} znakova.</translation>
        </message>
        <message>
            <location line="+9" />
            <source> · some found by meaning</source>
            <translation> · neki pronađeni po značenju</translation>
        </message>
        <message>
            <location line="+2" />
            <source> · Did you mean &lt;a href='#'&gt;{suggestion}&lt;/a&gt;? (Tab)</source>
            <translation> · Jeste li mislili &lt;a href='#'&gt;{suggestion}&lt;/a&gt;? (Tab)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&lt;b&gt;No results for “{query}”.&lt;/b&gt;</source>
            <translation>&lt;b&gt;Nema rezultata za „{query}”.&lt;/b&gt;</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Did you mean &lt;a href='#'&gt;{suggestion}&lt;/a&gt;? Press Tab to use it.</source>
            <translation>Jeste li mislili &lt;a href='#'&gt;{suggestion}&lt;/a&gt;? Pritisnite Tab da to upotrijebite.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The kind and language filters are on: try All.</source>
            <translation>Uključeni su filtri vrste i jezika: pokušajte Sve.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The kind filter is on: try All.</source>
            <translation>Uključen je filtar vrste: pokušajte Sve.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The language filter is on: try All languages.</source>
            <translation>Uključen je filtar jezika: pokušajte Svi jezici.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Tip: fewer words, or filters in the query: &lt;i&gt;kind:reply&lt;/i&gt;, &lt;i&gt;lang:sl&lt;/i&gt;, &lt;i&gt;tag:refund&lt;/i&gt;, &lt;i&gt;"exact phrase"&lt;/i&gt;.</source>
            <translation>Savjet: manje riječi ili filtri u upitu: &lt;i&gt;kind:reply&lt;/i&gt;, &lt;i&gt;lang:hr&lt;/i&gt;, &lt;i&gt;tag:refund&lt;/i&gt;, &lt;i&gt;"točan izraz"&lt;/i&gt;.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>{shown} of {count} · scroll for more</source>
            <translation>{shown} od {count} · pomaknite se za više</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Pinned and recent items (Ctrl+D pins the open item)</source>
            <translation>Prikvačene i nedavne stavke (Ctrl+D prikvačuje otvorenu stavku)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Type to search. Ctrl+D pins an open item so it shows here.</source>
            <translation>Tipkajte za pretraživanje. Ctrl+D prikvačuje otvorenu stavku da se prikaže ovdje.</translation>
        </message>
        <message>
            <location line="+82" />
            <source>{count_text} · Did you mean &lt;a href='#'&gt;{suggestion}&lt;/a&gt;? (Tab)</source>
            <translation>{count_text} · Jeste li mislili &lt;a href='#'&gt;{suggestion}&lt;/a&gt;? (Tab)</translation>
        </message>
    </context>
    <context>
        <name>SendJob</name>
        <message>
            <location filename="../ui/composer/send.py" line="+68" />
            <source>Sending failed unexpectedly: {error_type}: {exc}</source>
            <translation>Slanje nije uspjelo zbog neočekivane pogreške: {error_type}: {exc}</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../ui/settings_dialog.py" line="+73" />
            <source>Settings</source>
            <translation>Postavke</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Starter content ({starter_content})</source>
            <translation>Početni sadržaj ({starter_content})</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+152" />
            <source>Content folder</source>
            <translation>Mapa sa sadržajem</translation>
        </message>
        <message>
            <location line="-151" />
            <source>&amp;Browse…</source>
            <translation>&amp;Pregledaj…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose content folder</source>
            <translation>Odaberite mapu sa sadržajem</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Your name</source>
            <translation>Vaše ime</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Text size</source>
            <translation>Veličina teksta</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Your language</source>
            <translation>Vaš jezik</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Interface language</source>
            <translation>Jezik sučelja</translation>
        </message>
        <message>
            <location line="+3" />
            <source>As the system ({language})</source>
            <translation>Kao sustav ({language})</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Colours</source>
            <translation>Boje</translation>
        </message>
        <message>
            <location line="+2" />
            <source>System</source>
            <translation>Sustavske</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Light</source>
            <translation>Svijetle</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dark</source>
            <translation>Tamne</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Distance unit</source>
            <translation>Jedinica udaljenosti</translation>
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
            <translation>Naredba uređivača</translation>
        </message>
        <message>
            <location line="+2" />
            <source>$VISUAL or $EDITOR, else the system's handler</source>
            <translation>$VISUAL ili $EDITOR, inače sustavski program</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Content folder:</source>
            <translation>&amp;Mapa sa sadržajem:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Your &amp;name:</source>
            <translation>Vaše &amp;ime:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Text size:</source>
            <translation>&amp;Veličina teksta:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Language:</source>
            <translation>&amp;Jezik:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Int&amp;erface language:</source>
            <translation>Jezik &amp;sučelja:</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The interface language changes when KB Assist next starts.</source>
            <translation>Jezik sučelja mijenja se pri sljedećem pokretanju KB Assista.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>C&amp;olours:</source>
            <translation>&amp;Boje:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Distances:</source>
            <translation>&amp;Udaljenosti:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Ed&amp;itor for problems:</source>
            <translation>U&amp;ređivač za probleme:</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Show an icon in the s&amp;ystem tray (from the next start of KB Assist)</source>
            <translation>Prikaži ikonu u &amp;traci sustava (od sljedećeg pokretanja KB Assista)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Mail server</source>
            <translation>Poslužitelj e-pošte</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Mail server port</source>
            <translation>Port poslužitelja e-pošte</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Connection security</source>
            <translation>Sigurnost veze</translation>
        </message>
        <message>
            <location line="+4" />
            <source>None (local test servers)</source>
            <translation>Bez (lokalni testni poslužitelji)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Mail user name</source>
            <translation>Korisničko ime za e-poštu</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Sender address</source>
            <translation>Adresa pošiljatelja</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Server:</source>
            <translation>&amp;Poslužitelj:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Port:</source>
            <translation>Po&amp;rt:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>S&amp;ecurity:</source>
            <translation>Si&amp;gurnost:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;User:</source>
            <translation>&amp;Korisnik:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;From:</source>
            <translation>&amp;Od:</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Mail password</source>
            <translation>Lozinka za e-poštu</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Kept in the system keyring, never in the settings file.</source>
            <translation>Čuva se u sustavskom spremištu lozinki, nikad u datoteci postavki.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>&amp;Test connection</source>
            <translation>&amp;Testiraj vezu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Test the mail server connection</source>
            <translation>Testiraj vezu s poslužiteljem e-pošte</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Pass&amp;word:</source>
            <translation>&amp;Lozinka:</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;General</source>
            <translation>Opće&amp;nito</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sending &amp;mail</source>
            <translation>Slanje &amp;e-pošte</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Us&amp;age log</source>
            <translation>&amp;Zapisnik korištenja</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Enter the mail server first.</source>
            <translation>Najprije unesite poslužitelj e-pošte.</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <location filename="../ui/shortcuts_dialog.py" line="+78" />
            <location line="+2" />
            <source>Keyboard shortcuts</source>
            <translation>Tipkovnički prečaci</translation>
        </message>
    </context>
    <context>
        <name>SourceDiffView</name>
        <message>
            <location filename="../ui/revisions/diff_view.py" line="+111" />
            <source>Differences in the source</source>
            <translation>Razlike u izvorniku</translation>
        </message>
        <message>
            <location line="+9" />
            <source>No differences.</source>
            <translation>Nema razlika.</translation>
        </message>
    </context>
    <context>
        <name>SourceEdit</name>
        <message>
            <location filename="../ui/editor/document.py" line="-636" />
            <source>Source</source>
            <translation>Izvornik</translation>
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
            <translation>Otvaram KB Assist…</translation>
        </message>
    </context>
    <context>
        <name>TemplatePicker</name>
        <message>
            <location filename="../ui/composer/picker.py" line="+206" />
            <source>Find a template…</source>
            <translation>Pronađi predložak…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Find a reply template</source>
            <translation>Pronađi predložak poruke</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Template:</source>
            <translation>Predložak:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Template kind</source>
            <translation>Vrsta predloška</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show only templates of this kind</source>
            <translation>Prikaži samo predloške ove vrste</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Reply templates</source>
            <translation>Predlošci poruka</translation>
        </message>
        <message>
            <location line="+37" />
            <source>All kinds</source>
            <translation>Sve vrste</translation>
        </message>
    </context>
    <context>
        <name>TonePanel</name>
        <message>
            <location filename="../ui/tone/panel.py" line="+51" />
            <source>Tone summary</source>
            <translation>Sažetak tona</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Tone findings</source>
            <translation>Nalazi o tonu</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Select a finding to select its words in the reply; press Enter to apply its fix.</source>
            <translation>Odaberite nalaz da biste označili njegove riječi u poruci; pritisnite Enter da primijenite ispravak.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Fi&amp;x</source>
            <translation>Is&amp;pravi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Apply the suggested fix</source>
            <translation>Primijeni predloženi ispravak</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Replace the selected words with the suggestion (Enter)</source>
            <translation>Zamijeni odabrane riječi prijedlogom (Enter)</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Checking tone…</source>
            <translation>Provjeravam ton…</translation>
        </message>
        <message>
            <location line="+46" />
            <source>{count} / {limit} characters</source>
            <translation>{count} / {limit} znakova</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{count} / {limit} words</source>
            <translation>{count} / {limit} riječi</translation>
        </message>
        <message>
            <location line="+9" />
            <source>no tone problems</source>
            <translation>bez problema s tonom</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Counted in characters: each Chinese character counts as one, and so does each Latin word or number.</source>
            <translation>Brojeno u znakovima: svaki kineski znak broji se kao jedan, kao i svaka latinična riječ ili broj.</translation>
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
            <translation>&amp;Traži…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Show &amp;KB Assist</source>
            <translation>Prikaži &amp;KB Assist</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Quit</source>
            <translation>Iz&amp;laz</translation>
        </message>
    </context>
    <context>
        <name>UsageSettingsBox</name>
        <message>
            <location filename="../ui/insights/usage_settings.py" line="+43" />
            <source>Usage log</source>
            <translation>Zapisnik korištenja</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Record searches and use for Insights</source>
            <translation>&amp;Bilježi pretraživanja i korištenje za Uvide</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Keep everything</source>
            <translation>Zadrži sve</translation>
        </message>
        <message>
            <location line="+1" />
            <source> days</source>
            <translation> dana</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Keep usage events for</source>
            <translation>Događaje korištenja čuvaj</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rank templates by the &amp;team's use too</source>
            <translation>Rangiraj predloške i po korištenju &amp;tima</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Empty: on this computer only</source>
            <translation>Prazno: samo na ovom računalu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Team usage database</source>
            <translation>Timska baza podataka o korištenju</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Stored: searches (personal data scrubbed), opened articles and their rank, copied summaries, templates used, how replies went out, the kind of place looked up, and your Yes/No ratings. Never: reply texts, field values, customers' addresses.</source>
            <translation>Sprema se: pretraživanja (bez osobnih podataka), otvoreni članci i njihov rang, kopirani sažeci, korišteni predlošci, kako su poruke poslane, vrsta traženog mjesta i vaše ocjene Da/Ne. Nikad: tekstovi poruka, vrijednosti polja, adrese stranaka.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Delete my usage history…</source>
            <translation>&amp;Izbriši moju povijest korištenja…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Keep for:</source>
            <translation>Čuvaj:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Team database:</source>
            <translation>Timska baza podataka:</translation>
        </message>
    </context>
    <context>
        <name>VariantNotice</name>
        <message>
            <location filename="../ui/composer/language.py" line="+54" />
            <source>Template language</source>
            <translation>Jezik predloška</translation>
        </message>
        <message>
            <location line="+14" />
            <source>No {wanted} version of this template: showing {shown}.</source>
            <translation>Ovaj predložak nema verziju na odabranom jeziku ({wanted}); prikazuje se verzija: {shown}.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The reply you had written is kept in Drafts.</source>
            <translation>Poruka koju ste napisali čuva se u Skicama.</translation>
        </message>
    </context>
    <context>
        <name>VersionRow</name>
        <message>
            <location filename="../ui/revisions/history_dialog.py" line="-282" />
            <source>Working copy — the file as it is now</source>
            <translation>Radna kopija — datoteka kakva je sada</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The file on disk, with any changes not committed yet</source>
            <translation>Datoteka na disku, s eventualnim još nepotvrđenim promjenama</translation>
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
            <translation>{name}: članak za dodavanje</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add the article to {name}</source>
            <translation>Dodaj članak u {name}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Remove the selected entry from {name}</source>
            <translation>Ukloni odabrani unos iz {name}</translation>
        </message>
    </context>
    <context>
        <name>accept</name>
        <message>
            <location filename="../ui/insights/accept.py" line="+20" />
            <source>The article {id} is not in the content any more</source>
            <translation>Članak {id} više nije u sadržaju</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{file} cannot be opened in the editor</source>
            <translation>{file} ne može se otvoriti u uređivaču</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The front matter of {file} cannot be changed ({error})</source>
            <translation>Zaglavlje datoteke {file} ne može se promijeniti ({error})</translation>
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
            <translation>Datoteka članka ima problem (pogledajte ploču Problemi) pa je ovo zadnja verzija koja se mogla pročitati. Može se promijeniti kad se datoteka ispravi.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Review overdue since {when}</source>
            <translation>Pregled kasni od {when}</translation>
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
            <translation>Sadržaj se još učitava.</translation>
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
            <translation>Upišite svoje ime u Postavkama (Ctrl+,).</translation>
        </message>
        <message>
            <location line="+14" />
            <location line="+1" />
            <source>Choose a template.</source>
            <translation>Odaberite predložak.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Fill in: </source>
            <translation>Popunite: </translation>
        </message>
        <message>
            <location line="+7" />
            <source>Check: </source>
            <translation>Provjerite: </translation>
        </message>
        <message>
            <location line="+24" />
            <source>To send from here, set the mail server and sender in Settings (Ctrl+,).</source>
            <translation>Za slanje odavde postavite poslužitelj e-pošte i pošiljatelja u Postavkama (Ctrl+,).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Enter the customer's address to send.</source>
            <translation>Za slanje unesite adresu stranke.</translation>
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
            <translation>Uklonjeno</translation>
        </message>
        <message>
            <location line="+60" />
            <source>{WORDS} in the details (front matter)</source>
            <translation>{WORDS} u pojedinostima (zaglavlje)</translation>
        </message>
        <message>
            <location line="+15" />
            <source>&lt;p&gt;&lt;i&gt;No differences.&lt;/i&gt;&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;i&gt;Nema razlika.&lt;/i&gt;&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>document</name>
        <message>
            <location filename="../ui/editor/document.py" line="-46" />
            <source>{path} does not exist any more.</source>
            <translation>{path} više ne postoji.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Cannot read {path}.</source>
            <translation>{path} ne može se pročitati.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>line {line}: </source>
            <translation>redak {line}: </translation>
        </message>
    </context>
    <context>
        <name>drafts</name>
        <message>
            <location filename="../ui/composer/drafts.py" line="+120" />
            <source>No drafts</source>
            <translation>Nema skica</translation>
        </message>
        <message>
            <location line="+9" />
            <source>De&amp;lete a draft</source>
            <translation>I&amp;zbriši skicu</translation>
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
            <translation>Odaberite jednu verziju da je usporedite s radnom kopijom ili dvije (Ctrl+klik) da usporedite njih.</translation>
        </message>
    </context>
    <context>
        <name>main_window</name>
        <message>
            <location filename="../ui/main_window.py" line="-1317" />
            <source>&amp;Write</source>
            <translation>&amp;Pisanje</translation>
        </message>
        <message>
            <location line="+25" />
            <source>search index built in {seconds:.1f} s</source>
            <translation>indeks pretraživanja izgrađen za {seconds:.1f} s</translation>
        </message>
        <message>
            <location line="+5" />
            <source>search index up to date</source>
            <translation>indeks pretraživanja je ažuran</translation>
        </message>
        <message>
            <location line="+1" />
            <source>search index: {count} re-read in {seconds:.2f} s</source>
            <translation>indeks pretraživanja: ponovno učitano {count} za {seconds:.2f} s</translation>
        </message>
        <message>
            <location line="+18" />
            <source>⚠ {problems} in content</source>
            <translation>⚠ U sadržaju: {problems}</translation>
        </message>
    </context>
    <context>
        <name>merge</name>
        <message>
            <location filename="../ui/composer/merge.py" line="-26" />
            <source>Your edits and the new value both change this part</source>
            <translation>Vaše izmjene i nova vrijednost mijenjaju isti dio</translation>
        </message>
    </context>
    <context>
        <name>model</name>
        <message>
            <location filename="../ui/review/model.py" line="+27" />
            <source>Owner</source>
            <translation>Vlasnik</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reason</source>
            <translation>Razlog</translation>
        </message>
        <message>
            <location filename="../ui/tone/model.py" line="+22" />
            <source>Must fix</source>
            <translation>Obavezno ispravite</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Risky</source>
            <translation>Rizično</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Suggestion</source>
            <translation>Prijedlog</translation>
        </message>
        <message>
            <location line="+3" />
            <source>personal data</source>
            <translation>osobni podaci</translation>
        </message>
        <message>
            <location line="+1" />
            <source>plain language</source>
            <translation>jednostavan jezik</translation>
        </message>
        <message>
            <location line="+1" />
            <source>next step</source>
            <translation>sljedeći korak</translation>
        </message>
        <message>
            <location line="+20" />
            <source>
Fix: {replacement}</source>
            <translation>
Ispravak: {replacement}</translation>
        </message>
    </context>
    <context>
        <name>output</name>
        <message>
            <location filename="../ui/composer/output.py" line="+60" />
            <source>The To address {address!r} cannot go in a mail link: give plain addresses such as name@example.org, separated by commas, or copy the text instead.</source>
            <translation>Adresa primatelja {address!r} ne može ići u poveznicu za e-poštu: navedite obične adrese poput name@example.org, odvojene zarezama, ili kopirajte tekst.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>This reply cannot be handed to the mail client (it is too long, or has characters a mail link may not carry). Copy the text or save it as an .eml file instead.</source>
            <translation>Ova poruka ne može se predati klijentu e-pošte (preduga je ili sadrži znakove koje poveznica za e-poštu ne prenosi). Kopirajte tekst ili ga spremite kao datoteku .eml.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>No mail client opened. Copy the text instead.</source>
            <translation>Klijent e-pošte nije se otvorio. Radije kopirajte tekst.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Save the reply as an email file</source>
            <translation>Spremi poruku kao datoteku e-pošte</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Email (*.eml)</source>
            <translation>E-pošta (*.eml)</translation>
        </message>
        <message>
            <location line="+18" />
            <source>There is no sender address: set it in Settings, or email in the [org] table of kbassist.toml.</source>
            <translation>Nema adrese pošiljatelja: postavite je u Postavkama ili kao email u tablici [org] datoteke kbassist.toml.</translation>
        </message>
    </context>
    <context>
        <name>panel</name>
        <message>
            <location filename="../ui/search/panel.py" line="-370" />
            <source>All</source>
            <translation>Sve</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Articles</source>
            <translation>Članci</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Replies</source>
            <translation>Predlošci poruka</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Facilities</source>
            <translation>Poslovnice</translation>
        </message>
    </context>
    <context>
        <name>problems_panel</name>
        <message>
            <location filename="../ui/problems_panel.py" line="-249" />
            <source>Severity</source>
            <translation>Ozbiljnost</translation>
        </message>
        <message>
            <location line="+1" />
            <source>File</source>
            <translation>Datoteka</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No problems: every content file was read.</source>
            <translation>Nema problema: sve datoteke sadržaja su pročitane.</translation>
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
            <translation>Samo za tim: ne šaljite ovo stranci.</translation>
        </message>
    </context>
    <context>
        <name>result_delegate</name>
        <message>
            <location filename="../ui/search/result_delegate.py" line="-61" />
            <source>Pinned</source>
            <translation>Prikvačeno</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Recent</source>
            <translation>Nedavno</translation>
        </message>
        <message>
            <location line="+3" />
            <source>found by meaning</source>
            <translation>pronađeno po značenju</translation>
        </message>
    </context>
    <context>
        <name>results_model</name>
        <message>
            <location filename="../ui/search/results_model.py" line="+14" />
            <source>Article</source>
            <translation>Članak</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reply template</source>
            <translation>Predložak poruke</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Facility</source>
            <translation>Poslovnica</translation>
        </message>
        <message>
            <location line="+47" />
            <source>, found by meaning</source>
            <translation>, pronađeno po značenju</translation>
        </message>
    </context>
    <context>
        <name>settings</name>
        <message>
            <location filename="../ui/settings.py" line="+41" />
            <source>Content folder to use; empty means the bundled starter content.</source>
            <translation>Mapa sa sadržajem koja se koristi; prazno znači priloženi početni sadržaj.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Your name, as it appears in the replies you sign.</source>
            <translation>Vaše ime, kako se pojavljuje u porukama koje potpisujete.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Text size, from 0.8 (small) to 2.0 (very large).</source>
            <translation>Veličina teksta, od 0,8 (malo) do 2,0 (vrlo veliko).</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Your language (BCP 47, e.g. en, sl); results in it rank first.</source>
            <translation>Vaš jezik (BCP 47, npr. en, hr); rezultati na njemu rangiraju se prvi.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Language of the menus, buttons and messages (en, sl, hr, el, zh_CN); empty follows the system. Takes effect after a restart.</source>
            <translation>Jezik izbornika, gumba i poruka (en, sl, hr, el, zh_CN); prazno slijedi sustav. Primjenjuje se nakon ponovnog pokretanja.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Colours: system, light or dark.</source>
            <translation>Boje: system (sustavske), light (svijetle) ili dark (tamne).</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Distances to facilities: km or miles.</source>
            <translation>Udaljenosti do poslovnica: km ili milje.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Mail server for sending replies.</source>
            <translation>Poslužitelj e-pošte za slanje poruka.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Mail server port (587 for STARTTLS, 465 for SSL).</source>
            <translation>Port poslužitelja e-pošte (587 za STARTTLS, 465 za SSL).</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Connection security: starttls, ssl or none.</source>
            <translation>Sigurnost veze: starttls, ssl ili none (bez).</translation>
        </message>
        <message>
            <location line="+6" />
            <source>User name on the mail server; the password is kept in the system keyring.</source>
            <translation>Korisničko ime na poslužitelju e-pošte; lozinka se čuva u sustavskom spremištu lozinki.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Sender address for replies sent by SMTP.</source>
            <translation>Adresa pošiljatelja za poruke poslane putem SMTP-a.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Editor that opens a content file at a line, e.g. code -g {file}:{line}; empty means $VISUAL or $EDITOR, else the system's handler.</source>
            <translation>Uređivač koji otvara datoteku sadržaja na zadanom retku, npr. code -g {file}:{line}; prazno znači $VISUAL ili $EDITOR, inače sustavski program.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Hide the search column while the Reply or Facilities tab is open (F9).</source>
            <translation>Sakrij stupac pretraživanja dok je otvorena kartica Poruka ili Poslovnice (F9).</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Review view: articles whose review date is at most this many days away are due soon.</source>
            <translation>Prikaz Pregled: članci čiji je datum pregleda najviše toliko dana daleko uskoro dospijevaju.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Search by meaning too, once you pause typing (finds answers worded differently).</source>
            <translation>Pretražuj i po značenju kad zastanete s tipkanjem (pronalazi odgovore drukčije sročene).</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Show KB Assist in the system tray, with Search… (takes effect at start).</source>
            <translation>Prikaži KB Assist u traci sustava, s naredbom Traži… (primjenjuje se pri pokretanju).</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Record searches, opened articles, templates used and ratings (query texts scrubbed of personal data; never reply texts or field values) so the team sees what customers ask.</source>
            <translation>Bilježi pretraživanja, otvorene članke, korištene predloške i ocjene (upiti očišćeni od osobnih podataka; nikad tekstovi poruka ni vrijednosti polja) da tim vidi što stranke pitaju.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Usage events older than this many days are deleted at start (0 keeps all).</source>
            <translation>Događaji korištenja stariji od toliko dana brišu se pri pokretanju (0 zadržava sve).</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Template picker: your most used templates first, then the team's (off: yours only).</source>
            <translation>Birač predložaka: najprije vaši najčešće korišteni predlošci, zatim timski (isključeno: samo vaši).</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Team usage database, postgresql://user@host:5432/database (password in the system keyring); empty keeps the usage log on this computer only.</source>
            <translation>Timska baza podataka o korištenju, postgresql://user@host:5432/database (lozinka u sustavskom spremištu lozinki); prazno čuva zapisnik korištenja samo na ovom računalu.</translation>
        </message>
    </context>
    <context>
        <name>shortcuts_dialog</name>
        <message>
            <location filename="../ui/shortcuts_dialog.py" line="-55" />
            <source>Choose a result without leaving the search box (the answer follows)</source>
            <translation>Odaberite rezultat bez napuštanja polja za pretraživanje (odgovor slijedi)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Open the chosen result</source>
            <translation>Otvori odabrani rezultat</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Clear the search box</source>
            <translation>Očisti polje za pretraživanje</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Use the “did you mean” suggestion, when one shows</source>
            <translation>Upotrijebi prijedlog „Jeste li mislili” kad se pojavi</translation>
        </message>
        <message>
            <location line="+12" />
            <source>menu only</source>
            <translation>samo u izborniku</translation>
        </message>
        <message>
            <location line="+9" />
            <source>In the search box</source>
            <translation>U polju za pretraživanje</translation>
        </message>
    </context>
    <context>
        <name>single_instance</name>
        <message>
            <location filename="../ui/single_instance.py" line="+224" />
            <source>A link was not opened: {0}</source>
            <translation>Poveznica nije otvorena: {0}</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Link not opened</source>
            <translation>Poveznica nije otvorena</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Another program asked KB Assist to open this link. Nothing was opened.</source>
            <translation>Drugi je program zatražio od KB Assista da otvori ovu poveznicu. Ništa nije otvoreno.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>There is no article '{0}' in the content.</source>
            <translation>Članak „{0}” nije u sadržaju.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>No content in “{0}”: searching every language.</source>
            <translation>Nema sadržaja na jeziku „{0}”: pretražujem sve jezike.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>This window has no facility finder.</source>
            <translation>Ovaj prozor nema pretraživanje poslovnica.</translation>
        </message>
    </context>
    <context>
        <name>status_text</name>
        <message>
            <location filename="../ui/revisions/status_text.py" line="+14" />
            <source>Not committed to git yet</source>
            <translation>Još nije potvrđeno u git</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last changed by {author_name} on {day_text}</source>
            <translation>Zadnja promjena: {author_name}, {day_text}</translation>
        </message>
        <message>
            <location line="+11" />
            <source>{branch} and {remote} have both moved on ({ahead} and {behind} commits) — pull, then push, with your git tool</source>
            <translation>{branch} i {remote} oboje su se pomaknuli naprijed ({ahead} i {behind} potvrda) — svojim alatom za git najprije povucite (pull), zatim pošaljite (push)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{branch} is {count} behind {remote} — pull with your git tool</source>
            <translation>{branch} zaostaje za {remote} (razlika: {count}) — povucite (pull) svojim alatom za git</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{branch} is {count} ahead of {remote} — push with your git tool</source>
            <translation>{branch} je ispred {remote} (razlika: {count}) — pošaljite (push) svojim alatom za git</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{branch} is up to date with {remote}</source>
            <translation>{branch} je usklađena s {remote}</translation>
        </message>
    </context>
    <context>
        <name>style</name>
        <message>
            <location filename="../ui/composer/style.py" line="+46" />
            <source>Fill in this field</source>
            <translation>Popunite ovo polje</translation>
        </message>
    </context>
    <context>
        <name>usage_settings</name>
        <message>
            <location filename="../ui/insights/usage_settings.py" line="+19" />
            <source>Delete my usage history</source>
            <translation>Izbriši moju povijest korištenja</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete every search and use recorded under your name, on this computer and in the team database? The team's Insights lose them too. This cannot be undone.</source>
            <translation>Izbrisati sva pretraživanja i korištenja zabilježena pod vašim imenom, na ovom računalu i u timskoj bazi podataka? I timski Uvidi ih gube. Ovo se ne može poništiti.</translation>
        </message>
    </context>
    <context>
        <name>view</name>
        <message>
            <location filename="../ui/article/view.py" line="-318" />
            <source>This article is too complex to format; showing its text.</source>
            <translation>Ovaj je članak presložen za oblikovanje; prikazuje se njegov tekst.</translation>
        </message>
        <message>
            <location line="+360" />
            <source>&lt;li&gt;{ident} (not in the content)&lt;/li&gt;</source>
            <translation>&lt;li&gt;{ident} (nije u sadržaju)&lt;/li&gt;</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&lt;h2 id="related-articles"&gt;Related articles&lt;/h2&gt;&lt;ul&gt;</source>
            <translation>&lt;h2 id="related-articles"&gt;Povezani članci&lt;/h2&gt;&lt;ul&gt;</translation>
        </message>
        <message>
            <location filename="../ui/review/view.py" line="-64" />
            <source>All owners</source>
            <translation>Svi vlasnici</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The review appears once the content has been read.</source>
            <translation>Pregled se pojavljuje kad se sadržaj učita.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nothing to review: every article is owned, summarised and within its dates.</source>
            <translation>Nema ničega za pregled: svaki članak ima vlasnika, sažetak i unutar je svojih rokova.</translation>
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
            <translation>&lt;h3&gt;Ništa nije otvoreno za uređivanje&lt;/h3&gt;&lt;p&gt;Otvorite članak i pritisnite &lt;b&gt;Ctrl+E&lt;/b&gt; (ili njegov gumb &lt;b&gt;Uredi&lt;/b&gt;) ili započnite novi s &lt;b&gt;Datoteka → Novi članak&lt;/b&gt; (Ctrl+N).&lt;/p&gt;</translation>
        </message>
    </context>
</TS>
