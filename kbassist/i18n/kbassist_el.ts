<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="el">
    <context>
        <name>Actions</name>
        <message>
            <location filename="../ui/actions.py" line="+65" />
            <source>Open result &amp;{n}</source>
            <translation>Άνοιγμα αποτελέσματος &amp;{n}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open the result number {n}</source>
            <translation>Άνοιγμα του αποτελέσματος αριθμός {n}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Search</source>
            <translation>&amp;Αναζήτηση</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Go to the search box</source>
            <translation>Μετάβαση στο πλαίσιο αναζήτησης</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Back</source>
            <translation>&amp;Πίσω</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Previous opened item</source>
            <translation>Προηγούμενο ανοιγμένο στοιχείο</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Forward</source>
            <translation>&amp;Εμπρός</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Next opened item</source>
            <translation>Επόμενο ανοιγμένο στοιχείο</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Copy answer</source>
            <translation>&amp;Αντιγραφή απάντησης</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Copy the answer to read aloud or paste</source>
            <translation>Αντιγραφή της απάντησης για ανάγνωση ή επικόλληση</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Pin or unpin</source>
            <translation>&amp;Καρφίτσωμα ή ξεκαρφίτσωμα</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Pin the open item for quick access</source>
            <translation>Καρφίτσωμα του ανοιχτού στοιχείου για γρήγορη πρόσβαση</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Write a reply</source>
            <translation>Σύνταξη &amp;απάντησης</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Write a reply from a template</source>
            <translation>Σύνταξη απάντησης από πρότυπο</translation>
        </message>
        <message>
            <location line="+5" />
            <source>F&amp;ind a facility</source>
            <translation>Εύρεση &amp;καταστήματος</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Nearest facility by postcode or town</source>
            <translation>Το πλησιέστερο κατάστημα με ταχυδρομικό κώδικα ή πόλη</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Content &amp;problems</source>
            <translation>&amp;Προβλήματα περιεχομένου</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Show or hide the content problems</source>
            <translation>Εμφάνιση ή απόκρυψη των προβλημάτων περιεχομένου</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Search &amp;column on Reply and Facilities</source>
            <translation>Στήλη α&amp;ναζήτησης στην Απάντηση και τα Καταστήματα</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Show or hide the search column while the Reply or Facilities tab is open</source>
            <translation>Εμφάνιση ή απόκρυψη της στήλης αναζήτησης όταν είναι ανοιχτή η καρτέλα Απάντηση ή Καταστήματα</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Re-read content</source>
            <translation>&amp;Επανανάγνωση περιεχομένου</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Re-read the content folder and update the index</source>
            <translation>Επανανάγνωση του φακέλου περιεχομένου και ενημέρωση του ευρετηρίου</translation>
        </message>
        <message>
            <location line="+5" />
            <source>S&amp;ettings…</source>
            <translation>&amp;Ρυθμίσεις…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Content folder, your name, text size, language</source>
            <translation>Φάκελος περιεχομένου, το όνομά σας, μέγεθος κειμένου, γλώσσα</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Larger text</source>
            <translation>&amp;Μεγαλύτερο κείμενο</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Make the text larger</source>
            <translation>Μεγαλύτερο μέγεθος κειμένου</translation>
        </message>
        <message>
            <location line="+5" />
            <source>S&amp;maller text</source>
            <translation>Μ&amp;ικρότερο κείμενο</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Make the text smaller</source>
            <translation>Μικρότερο μέγεθος κειμένου</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Quit</source>
            <translation>Έ&amp;ξοδος</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Close KB Assist</source>
            <translation>Κλείσιμο του KB Assist</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Edit article</source>
            <translation>Ε&amp;πεξεργασία άρθρου</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Edit the open article or reply template, with a live preview</source>
            <translation>Επεξεργασία του ανοιχτού άρθρου ή προτύπου απάντησης, με ζωντανή προεπισκόπηση</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;New article…</source>
            <translation>&amp;Νέο άρθρο…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Start an article in the editor</source>
            <translation>Έναρξη νέου άρθρου στον επεξεργαστή</translation>
        </message>
        <message>
            <location line="+5" />
            <source>D&amp;uplicate article…</source>
            <translation>Δημιουργία &amp;αντιγράφου άρθρου…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Copy the open article under a new id</source>
            <translation>Αντιγραφή του ανοιχτού άρθρου με νέο αναγνωριστικό</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Rena&amp;me or move article…</source>
            <translation>&amp;Μετονομασία ή μετακίνηση άρθρου…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Give the open article a new id; links to it follow</source>
            <translation>Νέο αναγνωριστικό για το ανοιχτό άρθρο· οι σύνδεσμοι προς αυτό ακολουθούν</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Delete article…</source>
            <translation>&amp;Διαγραφή άρθρου…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Remove the open article (a .bak copy is kept)</source>
            <translation>Αφαίρεση του ανοιχτού άρθρου (κρατιέται αντίγραφο .bak)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Open &amp;log folder</source>
            <translation>Άνοιγμα φακέλου &amp;καταγραφής</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Show the folder with KB Assist's log files, for a bug report</source>
            <translation>Εμφάνιση του φακέλου με τα αρχεία καταγραφής του KB Assist, για αναφορά σφάλματος</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;History…</source>
            <translation>&amp;Ιστορικό…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Who changed the open article, and how; compare or restore an old version</source>
            <translation>Ποιος άλλαξε το ανοιχτό άρθρο και πώς· σύγκριση ή επαναφορά παλιάς έκδοσης</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Commit…</source>
            <translation>&amp;Υποβολή (commit)…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Commit your content changes to git, with your git name</source>
            <translation>Υποβολή των αλλαγών περιεχομένου στο git, με το όνομά σας στο git</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Review</source>
            <translation>&amp;Επανεξέταση</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Show or hide the articles that need review</source>
            <translation>Εμφάνιση ή απόκρυψη των άρθρων που χρειάζονται επανεξέταση</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Insights</source>
            <translation>&amp;Αναλύσεις</translation>
        </message>
        <message>
            <location line="+2" />
            <source>What agents searched for and could not find, and what to add</source>
            <translation>Τι αναζήτησαν οι εκπρόσωποι χωρίς να το βρουν, και τι πρέπει να προστεθεί</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Answer &amp;helped</source>
            <translation>Η απάντηση &amp;βοήθησε</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Did this answer it? Yes</source>
            <translation>Απάντησε αυτό στην ερώτηση; Ναι</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Answer did &amp;not help</source>
            <translation>Η απάντηση &amp;δεν βοήθησε</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Did this answer it? No</source>
            <translation>Απάντησε αυτό στην ερώτηση; Όχι</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;User guide</source>
            <translation>&amp;Οδηγός χρήσης</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The user guide, offline</source>
            <translation>Ο οδηγός χρήσης, χωρίς σύνδεση στο διαδίκτυο</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Keyboard shortcuts</source>
            <translation>Συντομεύσεις &amp;πληκτρολογίου</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Every action and its keys</source>
            <translation>Κάθε ενέργεια και τα πλήκτρα της</translation>
        </message>
        <message>
            <location line="+15" />
            <source>&amp;Copy</source>
            <translation>Αντι&amp;γραφή</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Copy the reply as plain text</source>
            <translation>Αντιγραφή της απάντησης ως απλό κείμενο</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Copy &amp;rich text</source>
            <translation>Αντιγραφή μορ&amp;φοποιημένου κειμένου</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Copy the reply as formatted text, for mail and chat tools</source>
            <translation>Αντιγραφή της απάντησης ως μορφοποιημένο κείμενο, για email και chat</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Open in &amp;mail client</source>
            <translation>Άνοιγμα σε πρόγραμμα &amp;email</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Open the reply in your mail client, ready to send</source>
            <translation>Άνοιγμα της απάντησης στο πρόγραμμα email σας, έτοιμη για αποστολή</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Se&amp;nd</source>
            <translation>Αποσ&amp;τολή</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Send the reply from here</source>
            <translation>Αποστολή της απάντησης από εδώ</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Save .&amp;eml…</source>
            <translation>Αποθή&amp;κευση .eml…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save the reply as an email file (.eml)</source>
            <translation>Αποθήκευση της απάντησης ως αρχείο email (.eml)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Drafts</source>
            <translation>Πρό&amp;χειρα</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Reopen one of your recent drafts</source>
            <translation>Ξανάνοιγμα ενός από τα πρόσφατα πρόχειρά σας</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Find a &amp;template</source>
            <translation>Εύρεση &amp;προτύπου</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Find a reply template by any word</source>
            <translation>Εύρεση προτύπου απάντησης με οποιαδήποτε λέξη</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Save</source>
            <translation>Α&amp;ποθήκευση</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save the file being edited</source>
            <translation>Αποθήκευση του αρχείου που επεξεργάζεστε</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Find and replace</source>
            <translation>&amp;Εύρεση και αντικατάσταση</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Find (and replace) text in the file being edited</source>
            <translation>Εύρεση (και αντικατάσταση) κειμένου στο αρχείο που επεξεργάζεστε</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Close &amp;tab</source>
            <translation>Κλείσιμο &amp;καρτέλας</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Close the file being edited</source>
            <translation>Κλείσιμο του αρχείου που επεξεργάζεστε</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&amp;File</source>
            <translation>&amp;Αρχείο</translation>
        </message>
        <message>
            <location line="+20" />
            <source>&amp;Edit</source>
            <translation>&amp;Επεξεργασία</translation>
        </message>
        <message>
            <location line="+12" />
            <source>&amp;View</source>
            <translation>Π&amp;ροβολή</translation>
        </message>
        <message>
            <location line="+12" />
            <source>&amp;Go</source>
            <translation>&amp;Μετάβαση</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Repl&amp;y</source>
            <translation>Α&amp;πάντηση</translation>
        </message>
        <message>
            <location line="+15" />
            <source>&amp;Help</source>
            <translation>&amp;Βοήθεια</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Anywhere in the window</source>
            <translation>Οπουδήποτε στο παράθυρο</translation>
        </message>
        <message>
            <location line="+1" />
            <source>In the reply composer (Reply tab)</source>
            <translation>Στη σύνταξη απάντησης (καρτέλα Απάντηση)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>In the editor (Editor tab)</source>
            <translation>Στον επεξεργαστή (καρτέλα Επεξεργαστής)</translation>
        </message>
    </context>
    <context>
        <name>AnswerCard</name>
        <message>
            <location filename="../ui/article/answer_card.py" line="+66" />
            <source>Answer</source>
            <translation>Απάντηση</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Article title</source>
            <translation>Τίτλος άρθρου</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Answer summary</source>
            <translation>Σύνοψη απάντησης</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Answering passage</source>
            <translation>Απόσπασμα που απαντά</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Article details</source>
            <translation>Λεπτομέρειες άρθρου</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Copy</source>
            <translation>Αντιγραφή</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Copy the answer</source>
            <translation>Αντιγραφή της απάντησης</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Being fixed</source>
            <translation>Υπό διόρθωση</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Review status</source>
            <translation>Κατάσταση επανεξέτασης</translation>
        </message>
        <message>
            <location line="+106" />
            <source>From {source}</source>
            <translation>Από {source}</translation>
        </message>
    </context>
    <context>
        <name>AnswerRating</name>
        <message>
            <location filename="../ui/insights/rating.py" line="+18" />
            <location line="+1" />
            <source>Did this answer it?</source>
            <translation>Απάντησε αυτό στην ερώτηση;</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Yes</source>
            <translation>Ναι</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Yes, this answered it</source>
            <translation>Ναι, αυτό απάντησε στην ερώτηση</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No</source>
            <translation>Όχι</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No, this did not answer it</source>
            <translation>Όχι, αυτό δεν απάντησε στην ερώτηση</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Thanks, noted.</source>
            <translation>Ευχαριστούμε, καταγράφηκε.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Thanks; the article's editor will see it in Insights.</source>
            <translation>Ευχαριστούμε· ο υπεύθυνος του άρθρου θα το δει στις Αναλύσεις.</translation>
        </message>
    </context>
    <context>
        <name>ArticleBrowser</name>
        <message>
            <location filename="../ui/article/browser.py" line="+48" />
            <source>Article text</source>
            <translation>Κείμενο άρθρου</translation>
        </message>
    </context>
    <context>
        <name>ArticleFileActions</name>
        <message>
            <location filename="../ui/editor/file_actions.py" line="+168" />
            <source>The content is still being read; try again in a moment.</source>
            <translation>Το περιεχόμενο διαβάζεται ακόμη· δοκιμάστε ξανά σε λίγο.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>New article</source>
            <translation>Νέο άρθρο</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The id is the file's path under articles/, without .md.</source>
            <translation>Το αναγνωριστικό είναι η διαδρομή του αρχείου κάτω από το articles/, χωρίς .md.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>New article {article_id}: not on disk until saved</source>
            <translation>Νέο άρθρο {article_id}: δεν υπάρχει στον δίσκο μέχρι να αποθηκευτεί</translation>
        </message>
        <message>
            <location line="+13" />
            <source>copying it</source>
            <translation>αντιγραφή του</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+14" />
            <source>Duplicate article</source>
            <translation>Διπλότυπο άρθρου</translation>
        </message>
        <message>
            <location line="-5" />
            <source>Copy {article_id} as {new_id}? These files change:</source>
            <translation>Αντιγραφή του {article_id} ως {new_id}; Αλλάζουν αυτά τα αρχεία:</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Duplicate</source>
            <translation>Διπλότυπο</translation>
        </message>
        <message>
            <location line="+17" />
            <source>renaming the article</source>
            <translation>μετονομασία του άρθρου</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Rename or move article</source>
            <translation>Μετονομασία ή μετακίνηση άρθρου</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Rename {article_id} to {new_id}? These files change:</source>
            <translation>Μετονομασία του {article_id} σε {new_id}; Αλλάζουν αυτά τα αρχεία:</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Rename article</source>
            <translation>Μετονομασία άρθρου</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Rename</source>
            <translation>Μετονομασία</translation>
        </message>
        <message>
            <location line="+21" />
            <source>deleting it</source>
            <translation>διαγραφή του</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Delete {article_id}?</source>
            <translation>Διαγραφή του {article_id};</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Delete article</source>
            <translation>Διαγραφή άρθρου</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Delete</source>
            <translation>Διαγραφή</translation>
        </message>
        <message>
            <location line="+14" />
            <source>The new id for '{article_id}': its path under articles/, without .md.</source>
            <translation>Το νέο αναγνωριστικό για το '{article_id}': η διαδρομή του κάτω από το articles/, χωρίς .md.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Cannot do that</source>
            <translation>Δεν είναι δυνατό</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Not done</source>
            <translation>Δεν έγινε</translation>
        </message>
    </context>
    <context>
        <name>ArticleIdDialog</name>
        <message>
            <location line="-281" />
            <source>Title</source>
            <translation>Τίτλος</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Language</source>
            <translation>Γλώσσα</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Article id</source>
            <translation>Αναγνωριστικό άρθρου</translation>
        </message>
        <message>
            <location line="+1" />
            <source>folder/name, e.g. returns/late-returns</source>
            <translation>φάκελος/όνομα, π.χ. returns/late-returns</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Title:</source>
            <translation>Τίτλος:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Language:</source>
            <translation>Γλώσσα:</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Id:</source>
            <translation>Αναγνωριστικό:</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Give the article a title.</source>
            <translation>Δώστε τίτλο στο άρθρο.</translation>
        </message>
    </context>
    <context>
        <name>ArticlePicker</name>
        <message>
            <location filename="../ui/editor/front_matter_form.py" line="+110" />
            <source>Type part of a title</source>
            <translation>Πληκτρολογήστε μέρος ενός τίτλου</translation>
        </message>
    </context>
    <context>
        <name>ArticleQuoter</name>
        <message>
            <location filename="../ui/composer/quote.py" line="+28" />
            <source>Article to quote</source>
            <translation>Άρθρο για παράθεση</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Article to quote…</source>
            <translation>Άρθρο για παράθεση…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Part of the article</source>
            <translation>Μέρος του άρθρου</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Insert at cursor</source>
            <translation>Εισαγωγή στη θέση του &amp;δρομέα</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Insert the chosen part of the article where the cursor is</source>
            <translation>Εισαγωγή του επιλεγμένου μέρους του άρθρου στη θέση του δρομέα</translation>
        </message>
    </context>
    <context>
        <name>ArticleView</name>
        <message>
            <location filename="../ui/article/view.py" line="+120" />
            <source>Translations</source>
            <translation>Μεταφράσεις</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Also in:</source>
            <translation>Επίσης σε:</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Last change</source>
            <translation>Τελευταία αλλαγή</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Edit</source>
            <translation>Επεξεργασία</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edit this article</source>
            <translation>Επεξεργασία αυτού του άρθρου</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open this article in the editor (Ctrl+E)</source>
            <translation>Άνοιγμα αυτού του άρθρου στον επεξεργαστή (Ctrl+E)</translation>
        </message>
        <message>
            <location line="+211" />
            <source>Internal: not for customers</source>
            <translation>Εσωτερικό: όχι για πελάτες</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Draft</source>
            <translation>Πρόχειρο</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Open the {name} translation</source>
            <translation>Άνοιγμα της μετάφρασης {name}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>'{ident}' is not in the content</source>
            <translation>Το '{ident}' δεν υπάρχει στο περιεχόμενο</translation>
        </message>
    </context>
    <context>
        <name>CheckableFiles</name>
        <message>
            <location filename="../ui/revisions/commit_dialog.py" line="+58" />
            <source> (from {shown})</source>
            <translation> (από {shown})</translation>
        </message>
        <message>
            <location line="+2" />
            <source> — use your git tool for it</source>
            <translation> — χρησιμοποιήστε το εργαλείο git σας για αυτό</translation>
        </message>
    </context>
    <context>
        <name>CommitDialog</name>
        <message>
            <location line="+83" />
            <source>Commit content changes</source>
            <translation>Υποβολή αλλαγών περιεχομένου</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Changed content &amp;files (only the checked ones are committed):</source>
            <translation>&amp;Αρχεία περιεχομένου που άλλαξαν (υποβάλλονται μόνο τα επιλεγμένα):</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Changed content files</source>
            <translation>Αρχεία περιεχομένου που άλλαξαν</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Message:</source>
            <translation>&amp;Μήνυμα:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Commit message</source>
            <translation>Μήνυμα υποβολής</translation>
        </message>
        <message>
            <location line="+3" />
            <source>What changed and why. The first line is the summary people see in the history.</source>
            <translation>Τι άλλαξε και γιατί. Η πρώτη γραμμή είναι η σύνοψη που βλέπουν όλοι στο ιστορικό.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Looking for changes…</source>
            <translation>Αναζήτηση αλλαγών…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Commit</source>
            <translation>&amp;Υποβολή</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Committing…</source>
            <translation>Υποβολή…</translation>
        </message>
        <message>
            <location line="+32" />
            <source>The commit will be by {name} &lt;{email}&gt; (from your git config).</source>
            <translation>Η υποβολή θα γίνει από {name} &lt;{email}&gt; (από τις ρυθμίσεις του git σας).</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Nothing to commit: the content is as in the last commit.</source>
            <translation>Τίποτα για υποβολή: το περιεχόμενο είναι όπως στην τελευταία υποβολή.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{count} changed.</source>
            <translation>{count} άλλαξαν.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Committed {short_id}: {summary} ({files}). Push with your git tool to share it.</source>
            <translation>Υποβλήθηκε το {short_id}: {summary} ({files}). Κάντε push με το εργαλείο git σας για να το μοιραστείτε.</translation>
        </message>
    </context>
    <context>
        <name>ComposerWidget</name>
        <message>
            <location filename="../ui/composer/composer.py" line="+166" />
            <source>No template chosen</source>
            <translation>Δεν επιλέχθηκε πρότυπο</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Chosen template</source>
            <translation>Επιλεγμένο πρότυπο</translation>
        </message>
        <message>
            <location line="+64" />
            <source>Why the reply cannot go out yet</source>
            <translation>Γιατί η απάντηση δεν μπορεί ακόμη να σταλεί</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Copy</source>
            <translation>Αντι&amp;γραφή</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Copy &amp;rich text</source>
            <translation>Αντιγραφή μορ&amp;φοποιημένου κειμένου</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open in &amp;mail client</source>
            <translation>Άνοιγμα σε πρόγραμμα &amp;email</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Se&amp;nd</source>
            <translation>Αποσ&amp;τολή</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save .eml…</source>
            <translation>Αποθήκευση .eml…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Drafts</source>
            <translation>Πρό&amp;χειρα</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Include internal text any&amp;way</source>
            <translation>Συμπερίληψη εσωτερικού κειμένου &amp;παρ' όλα αυτά</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The reply quotes text meant for the team only. Include it anyway?</source>
            <translation>Η απάντηση παραθέτει κείμενο μόνο για την ομάδα. Να συμπεριληφθεί παρ' όλα αυτά;</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Undo delete</source>
            <translation>&amp;Αναίρεση διαγραφής</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Put back the draft just deleted</source>
            <translation>Επαναφορά του πρόχειρου που μόλις διαγράφηκε</translation>
        </message>
        <message>
            <location line="+125" />
            <source>This template is no longer in the content (removed, or it has an error); your reply is kept as it stands.</source>
            <translation>Αυτό το πρότυπο δεν υπάρχει πια στο περιεχόμενο (αφαιρέθηκε ή έχει σφάλμα)· η απάντησή σας μένει όπως είναι.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>This template was updated on disk; your edits are kept.</source>
            <translation>Αυτό το πρότυπο ενημερώθηκε στον δίσκο· οι αλλαγές σας διατηρούνται.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Restored your unsent reply from {when}.</source>
            <translation>Επαναφέρθηκε η ανεπίδοτη απάντησή σας από {when}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Restored your unsent reply.</source>
            <translation>Επαναφέρθηκε η ανεπίδοτη απάντησή σας.</translation>
        </message>
        <message>
            <location line="+90" />
            <source>There is no reply template '{template_id}'.</source>
            <translation>Δεν υπάρχει πρότυπο απάντησης '{template_id}'.</translation>
        </message>
        <message>
            <location line="+32" />
            <source>No reply template has a facility field.</source>
            <translation>Κανένα πρότυπο απάντησης δεν έχει πεδίο καταστήματος.</translation>
        </message>
        <message>
            <location line="+48" />
            <source>Filling in the template…</source>
            <translation>Συμπλήρωση του προτύπου…</translation>
        </message>
        <message>
            <location line="+19" />
            <source>This template takes too long to fill in; nothing was rendered. Tell the content team: {path}</source>
            <translation>Η συμπλήρωση αυτού του προτύπου αργεί πολύ· δεν αποδόθηκε τίποτα. Ενημερώστε την ομάδα περιεχομένου: {path}</translation>
        </message>
        <message>
            <location line="+45" />
            <source>Internal text in the reply ({sources}).</source>
            <translation>Εσωτερικό κείμενο στην απάντηση ({sources}).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The reply contains text meant for the team only ({sources}). Remove it, or choose “Include internal text anyway” if it may go to the customer.</source>
            <translation>Η απάντηση περιέχει κείμενο μόνο για την ομάδα ({sources}). Αφαιρέστε το ή επιλέξτε «Συμπερίληψη εσωτερικού κειμένου παρ' όλα αυτά» αν επιτρέπεται να πάει στον πελάτη.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Fix {count}.</source>
            <translation>Διορθώστε {count}.</translation>
        </message>
        <message>
            <location line="+46" />
            <source>Choose a template: type in the Template field ({keys}), or search kind:reply.</source>
            <translation>Επιλέξτε πρότυπο: πληκτρολογήστε στο πεδίο Πρότυπο ({keys}) ή αναζητήστε kind:reply.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Not ready: </source>
            <translation>Δεν είναι έτοιμο: </translation>
        </message>
        <message>
            <location line="+5" />
            <source>Checking tone…</source>
            <translation>Έλεγχος ύφους…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Ready, {count}.</source>
            <translation>Έτοιμο, {count}.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Ready. </source>
            <translation>Έτοιμο. </translation>
        </message>
        <message>
            <location line="+0" />
            <source>Ready to send.</source>
            <translation>Έτοιμο για αποστολή.</translation>
        </message>
        <message>
            <location line="+57" />
            <source>Copied as plain text.</source>
            <translation>Αντιγράφηκε ως απλό κείμενο.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Copied as formatted text.</source>
            <translation>Αντιγράφηκε ως μορφοποιημένο κείμενο.</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Saved {path}.</source>
            <translation>Αποθηκεύτηκε το {path}.</translation>
        </message>
        <message>
            <location line="+13" />
            <location line="+49" />
            <source>Sending…</source>
            <translation>Αποστολή…</translation>
        </message>
        <message>
            <location line="-23" />
            <source>Sent to {recipient}.</source>
            <translation>Στάλθηκε στον παραλήπτη {recipient}.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>No password is saved for {user} on {host}, so nothing was sent. Enter it when asked, or in Settings (it is kept in the system keyring).</source>
            <translation>Δεν έχει αποθηκευτεί κωδικός για τον χρήστη {user} στο {host}, οπότε δεν στάλθηκε τίποτα. Πληκτρολογήστε τον όταν σας ζητηθεί ή στις Ρυθμίσεις (φυλάσσεται στην κλειδοθήκη του συστήματος).</translation>
        </message>
        <message>
            <location line="+50" />
            <source>Deleted the draft “{label}”.</source>
            <translation>Διαγράφηκε το πρόχειρο «{label}».</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The draft is back in Drafts.</source>
            <translation>Το πρόχειρο επέστρεψε στα Πρόχειρα.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>The draft's template '{template_id}' is not in the content any more.</source>
            <translation>Το πρότυπο '{template_id}' του πρόχειρου δεν υπάρχει πια στο περιεχόμενο.</translation>
        </message>
    </context>
    <context>
        <name>ConflictDialog</name>
        <message>
            <location filename="../ui/editor/conflict.py" line="+58" />
            <source>{name} changed on disk</source>
            <translation>Το {name} άλλαξε στον δίσκο</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&lt;b&gt;{name}&lt;/b&gt; was changed by someone else (or another program) since you opened it. Choose which text to keep; nothing is written until you choose.</source>
            <translation>Το &lt;b&gt;{name}&lt;/b&gt; άλλαξε από κάποιον άλλον (ή άλλο πρόγραμμα) αφότου το ανοίξατε. Επιλέξτε ποιο κείμενο θα κρατήσετε· τίποτα δεν γράφεται μέχρι να επιλέξετε.</translation>
        </message>
        <message>
            <location line="+9" />
            <location line="+37" />
            <source>Your text</source>
            <translation>Το κείμενό σας</translation>
        </message>
        <message>
            <location line="-36" />
            <location line="+37" />
            <source>On disk now</source>
            <translation>Στον δίσκο τώρα</translation>
        </message>
        <message>
            <location line="-31" />
            <source>keep your lines</source>
            <translation>κρατήστε τις δικές σας γραμμές</translation>
        </message>
        <message>
            <location line="+0" />
            <source>take the lines on disk</source>
            <translation>πάρτε τις γραμμές από τον δίσκο</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Where both changed the same lines</source>
            <translation>Όπου και οι δύο άλλαξαν τις ίδιες γραμμές</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Merge: {places} changed on both sides; there,</source>
            <translation>Συγχώνευση: {places} άλλαξαν και στις δύο πλευρές· εκεί,</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Merge: the changes do not overlap; both are kept.</source>
            <translation>Συγχώνευση: οι αλλαγές δεν επικαλύπτονται· διατηρούνται και οι δύο.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Keep mine</source>
            <translation>&amp;Κρατήστε τα δικά μου</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Write your text over the file on disk</source>
            <translation>Εγγραφή του κειμένου σας πάνω στο αρχείο του δίσκου</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Use the disk version</source>
            <translation>&amp;Χρήση της έκδοσης του δίσκου</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Replace your text with the file on disk</source>
            <translation>Αντικατάσταση του κειμένου σας με το αρχείο του δίσκου</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Merge</source>
            <translation>&amp;Συγχώνευση</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Carry the changes on disk into your text, to check</source>
            <translation>Μεταφορά των αλλαγών του δίσκου στο κείμενό σας, για έλεγχο</translation>
        </message>
    </context>
    <context>
        <name>ConnectionTestJob</name>
        <message>
            <location filename="../ui/mail_password.py" line="+51" />
            <source>Enter the password first: none is saved in the keyring.</source>
            <translation>Πληκτρολογήστε πρώτα τον κωδικό: δεν υπάρχει αποθηκευμένος στην κλειδοθήκη.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The test failed unexpectedly: {error_type}: {exc}</source>
            <translation>Η δοκιμή απέτυχε απροσδόκητα: {error_type}: {exc}</translation>
        </message>
    </context>
    <context>
        <name>DailyChart</name>
        <message>
            <location filename="../ui/insights/chart.py" line="+34" />
            <source>Searches per day and no-result rate</source>
            <translation>Αναζητήσεις ανά ημέρα και ποσοστό χωρίς αποτέλεσμα</translation>
        </message>
        <message>
            <location line="+15" />
            <source>{days} days from {first} to {last}; most searches: {count} on {day}.</source>
            <translation>{days} ημέρες από {first} έως {last}· οι περισσότερες αναζητήσεις: {count} στις {day}.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>No searches in this period.</source>
            <translation>Καμία αναζήτηση σε αυτή την περίοδο.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>No searches yet</source>
            <translation>Καμία αναζήτηση ακόμη</translation>
        </message>
        <message>
            <location line="+61" />
            <source>■ searches per day</source>
            <translation>■ αναζητήσεις ανά ημέρα</translation>
        </message>
        <message>
            <location line="+2" />
            <source>● found nothing (%)</source>
            <translation>● χωρίς αποτέλεσμα (%)</translation>
        </message>
    </context>
    <context>
        <name>DateInput</name>
        <message>
            <location filename="../ui/composer/form.py" line="+54" />
            <source>YYYY-MM-DD</source>
            <translation>ΕΕΕΕ-ΜΜ-ΗΗ</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Pick the date from a calendar</source>
            <translation>Επιλογή ημερομηνίας από ημερολόγιο</translation>
        </message>
    </context>
    <context>
        <name>EditorDocument</name>
        <message>
            <location filename="../ui/editor/document.py" line="+246" />
            <source>Preview</source>
            <translation>Προεπισκόπηση</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Problems in this file</source>
            <translation>Προβλήματα σε αυτό το αρχείο</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Document status</source>
            <translation>Κατάσταση εγγράφου</translation>
        </message>
        <message>
            <location line="+39" />
            <source>The template took too long to render.</source>
            <translation>Η απόδοση του προτύπου άργησε πολύ.</translation>
        </message>
        <message>
            <location line="+80" />
            <source>The front matter cannot be read; the preview shows the last version that could. See the problems below.</source>
            <translation>Η κεφαλίδα (front matter) δεν διαβάζεται· η προεπισκόπηση δείχνει την τελευταία έκδοση που διαβαζόταν. Δείτε τα προβλήματα παρακάτω.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>&lt;p&gt;&lt;i&gt;This text could not be formatted.&lt;/i&gt;&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;i&gt;Αυτό το κείμενο δεν μπόρεσε να μορφοποιηθεί.&lt;/i&gt;&lt;/p&gt;</translation>
        </message>
        <message>
            <location line="+34" />
            <source>The front matter cannot be read; see the problems below.</source>
            <translation>Η κεφαλίδα (front matter) δεν διαβάζεται· δείτε τα προβλήματα παρακάτω.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>&lt;p&gt;&lt;b&gt;Subject:&lt;/b&gt; {subject}&lt;/p&gt;&lt;hr&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Θέμα:&lt;/b&gt; {subject}&lt;/p&gt;&lt;hr&gt;</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&lt;p&gt;&lt;i&gt;Rendered with sample values: each field's &lt;code&gt;sample&lt;/code&gt;, else its &lt;code&gt;default&lt;/code&gt;.&lt;/i&gt;&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;i&gt;Αποδόθηκε με δείγματα τιμών: το &lt;code&gt;sample&lt;/code&gt; κάθε πεδίου, αλλιώς το &lt;code&gt;default&lt;/code&gt; του.&lt;/i&gt;&lt;/p&gt;</translation>
        </message>
        <message>
            <location line="+55" />
            <source>line {line}, column {column}</source>
            <translation>γραμμή {line}, στήλη {column}</translation>
        </message>
        <message>
            <location line="+12" />
            <source>no problems</source>
            <translation>κανένα πρόβλημα</translation>
        </message>
        <message>
            <location line="+1" />
            <source>unsaved changes</source>
            <translation>μη αποθηκευμένες αλλαγές</translation>
        </message>
        <message>
            <location line="+0" />
            <source>saved</source>
            <translation>αποθηκεύτηκε</translation>
        </message>
        <message>
            <location line="+70" />
            <source>Not saved: {exc}</source>
            <translation>Δεν αποθηκεύτηκε: {exc}</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+29" />
            <source>Not saved</source>
            <translation>Δεν αποθηκεύτηκε</translation>
        </message>
        <message>
            <location line="-28" />
            <source>{exc}

Your text is still in the editor.</source>
            <translation>{exc}

Το κείμενό σας είναι ακόμη στον επεξεργαστή.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Saved {display_name}</source>
            <translation>Αποθηκεύτηκε το {display_name}</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Not saved: {path} could not be written ({reason}). Your text is still here; free some space or fix the folder's permissions and save again.</source>
            <translation>Δεν αποθηκεύτηκε: το {path} δεν μπόρεσε να γραφτεί ({reason}). Το κείμενό σας είναι ακόμη εδώ· ελευθερώστε χώρο ή διορθώστε τα δικαιώματα του φακέλου και αποθηκεύστε ξανά.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>{path} could not be written: {reason}.

Your text is still in the editor, unsaved. Fix the cause and save again.</source>
            <translation>Το {path} δεν μπόρεσε να γραφτεί: {reason}.

Το κείμενό σας είναι ακόμη στον επεξεργαστή, μη αποθηκευμένο. Διορθώστε την αιτία και αποθηκεύστε ξανά.</translation>
        </message>
        <message>
            <location line="+8" />
            <source> (line {line})</source>
            <translation> (γραμμή {line})</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Save with errors?</source>
            <translation>Αποθήκευση με σφάλματα;</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{display_name} has {count}: {message}{where}</source>
            <translation>Το {display_name} έχει {count}: {message}{where}</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Saved as it is, `kbassist check` reports the file, and agents keep seeing the last version that had no errors, marked as being fixed, until it is fixed. Save anyway?</source>
            <translation>Αν αποθηκευτεί όπως είναι, το `kbassist check` αναφέρει το αρχείο και οι εκπρόσωποι βλέπουν την τελευταία έκδοση χωρίς σφάλματα, με σήμανση «υπό διόρθωση», μέχρι να διορθωθεί. Αποθήκευση παρ' όλα αυτά;</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Save anyway</source>
            <translation>&amp;Αποθήκευση παρ' όλα αυτά</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Keep editing</source>
            <translation>&amp;Συνέχεια επεξεργασίας</translation>
        </message>
        <message>
            <location line="+20" />
            <source>{display_name}: now the version on disk</source>
            <translation>{display_name}: τώρα η έκδοση του δίσκου</translation>
        </message>
        <message>
            <location line="+14" />
            <source>{display_name}: merged with the version on disk; check, then save</source>
            <translation>{display_name}: συγχωνεύτηκε με την έκδοση του δίσκου· ελέγξτε και αποθηκεύστε</translation>
        </message>
        <message>
            <location line="+11" />
            <source>The file changed on disk</source>
            <translation>Το αρχείο άλλαξε στον δίσκο</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Compare…</source>
            <translation>Σύγκριση…</translation>
        </message>
        <message>
            <location line="+19" />
            <source>&lt;b&gt;{display_name}&lt;/b&gt; is no longer on disk (deleted or moved). Your text is kept here; Save writes it again.</source>
            <translation>Το &lt;b&gt;{display_name}&lt;/b&gt; δεν υπάρχει πια στον δίσκο (διαγράφηκε ή μετακινήθηκε). Το κείμενό σας μένει εδώ· η Αποθήκευση το γράφει ξανά.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>&lt;b&gt;{display_name}&lt;/b&gt; changed on disk while you edit it. Your text is kept; compare to keep yours, take theirs or merge.</source>
            <translation>Το &lt;b&gt;{display_name}&lt;/b&gt; άλλαξε στον δίσκο ενώ το επεξεργάζεστε. Το κείμενό σας διατηρείται· συγκρίνετε για να κρατήσετε το δικό σας, να πάρετε το άλλο ή να τα συγχωνεύσετε.</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Save the changes to {display_name}?</source>
            <translation>Αποθήκευση των αλλαγών στο {display_name};</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Save the changes to {display_name} before {before}?</source>
            <translation>Αποθήκευση των αλλαγών στο {display_name} πριν από {before};</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Unsaved changes</source>
            <translation>Μη αποθηκευμένες αλλαγές</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Discarded changes cannot be brought back.</source>
            <translation>Οι αλλαγές που απορρίπτονται δεν επανέρχονται.</translation>
        </message>
    </context>
    <context>
        <name>EditorWorkspace</name>
        <message>
            <location filename="../ui/editor/workspace.py" line="+61" />
            <source>Open files</source>
            <translation>Ανοιχτά αρχεία</translation>
        </message>
        <message>
            <location line="+55" />
            <source>Cannot edit: {exc}</source>
            <translation>Δεν είναι δυνατή η επεξεργασία: {exc}</translation>
        </message>
    </context>
    <context>
        <name>FacilityCard</name>
        <message>
            <location filename="../ui/finder/card.py" line="+228" />
            <source>Facility</source>
            <translation>Κατάστημα</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Facility name</source>
            <translation>Όνομα καταστήματος</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Opening status</source>
            <translation>Κατάσταση λειτουργίας</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Address</source>
            <translation>Διεύθυνση</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Phone, email and website</source>
            <translation>Τηλέφωνο, email και ιστότοπος</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Opening hours this week</source>
            <translation>Ωράριο αυτής της εβδομάδας</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Services, notes and accessibility</source>
            <translation>Υπηρεσίες, σημειώσεις και προσβασιμότητα</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Map</source>
            <translation>Χάρτης</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Copy address</source>
            <translation>Αντιγραφή &amp;διεύθυνσης</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Copy address</source>
            <translation>Αντιγραφή διεύθυνσης</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Copy the name and address to the clipboard</source>
            <translation>Αντιγραφή του ονόματος και της διεύθυνσης στο πρόχειρο</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Use in &amp;reply</source>
            <translation>&amp;Χρήση στην απάντηση</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Use in reply</source>
            <translation>Χρήση στην απάντηση</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Put this facility into the reply being written</source>
            <translation>Προσθήκη αυτού του καταστήματος στην απάντηση που γράφεται</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Copy as te&amp;xt message</source>
            <translation>Αντιγραφή ως &amp;SMS</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Copy as text message</source>
            <translation>Αντιγραφή ως SMS</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Copy a short text message (name, address, today's hours, phone) to the clipboard</source>
            <translation>Αντιγραφή σύντομου SMS (όνομα, διεύθυνση, σημερινό ωράριο, τηλέφωνο) στο πρόχειρο</translation>
        </message>
        <message>
            <location line="+100" />
            <source>Phone: </source>
            <translation>Τηλέφωνο: </translation>
        </message>
        <message>
            <location line="+3" />
            <source>Email: </source>
            <translation>Email: </translation>
        </message>
        <message>
            <location line="+3" />
            <source>Web: </source>
            <translation>Ιστότοπος: </translation>
        </message>
        <message>
            <location line="+6" />
            <source>Open map</source>
            <translation>Άνοιγμα χάρτη</translation>
        </message>
        <message>
            <location line="+0" />
            <source> (OpenStreetMap)</source>
            <translation> (OpenStreetMap)</translation>
        </message>
        <message>
            <location line="+14" />
            <source>&lt;b&gt;Opening hours&lt;/b&gt;&lt;br&gt;{unknown}.</source>
            <translation>&lt;b&gt;Ωράριο&lt;/b&gt;&lt;br&gt;{unknown}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&lt;b&gt;Opening hours&lt;/b&gt; (local time, {zone})&lt;table&gt;{rows}&lt;/table&gt;</source>
            <translation>&lt;b&gt;Ωράριο&lt;/b&gt; (τοπική ώρα, {zone})&lt;table&gt;{rows}&lt;/table&gt;</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&lt;b&gt;Services:&lt;/b&gt; </source>
            <translation>&lt;b&gt;Υπηρεσίες:&lt;/b&gt; </translation>
        </message>
        <message>
            <location line="+3" />
            <source>&lt;b&gt;Notes:&lt;/b&gt; </source>
            <translation>&lt;b&gt;Σημειώσεις:&lt;/b&gt; </translation>
        </message>
        <message>
            <location line="+3" />
            <source>&lt;b&gt;Accessibility:&lt;/b&gt; </source>
            <translation>&lt;b&gt;Προσβασιμότητα:&lt;/b&gt; </translation>
        </message>
        <message>
            <location line="+7" />
            <source>No facility selected</source>
            <translation>Δεν επιλέχθηκε κατάστημα</translation>
        </message>
    </context>
    <context>
        <name>FactsModel</name>
        <message>
            <location filename="../ui/article/facts_table.py" line="+115" />
            <source>In reply templates: kb["{article_id}"].{name}</source>
            <translation>Στα πρότυπα απαντήσεων: kb["{article_id}"].{name}</translation>
        </message>
    </context>
    <context>
        <name>FactsTable</name>
        <message>
            <location line="+12" />
            <source>Facts</source>
            <translation>Στοιχεία</translation>
        </message>
    </context>
    <context>
        <name>FieldEditor</name>
        <message>
            <location filename="../ui/composer/form.py" line="+76" />
            <source> (required)</source>
            <translation> (υποχρεωτικό)</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Problem with {label}</source>
            <translation>Πρόβλημα με {label}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>{label} reads as</source>
            <translation>Το {label} διαβάζεται ως</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Calendar for {label}</source>
            <translation>Ημερολόγιο για {label}</translation>
        </message>
        <message>
            <location line="+40" />
            <source>Choose…</source>
            <translation>Επιλογή…</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Type a name, town or postcode</source>
            <translation>Πληκτρολογήστε όνομα, πόλη ή ταχυδρομικό κώδικα</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Type part of a title</source>
            <translation>Πληκτρολογήστε μέρος ενός τίτλου</translation>
        </message>
        <message>
            <location line="+104" />
            <source>This field's pattern takes too long to check: tell the editor.</source>
            <translation>Ο έλεγχος του μοτίβου αυτού του πεδίου αργεί πολύ: ενημερώστε τον υπεύθυνο περιεχομένου.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Not in the expected form: {expected}</source>
            <translation>Όχι στην αναμενόμενη μορφή: {expected}</translation>
        </message>
    </context>
    <context>
        <name>FieldForm</name>
        <message>
            <location line="+26" />
            <source>About this template</source>
            <translation>Σχετικά με αυτό το πρότυπο</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+21" />
            <source>Choose a template to fill in its fields.</source>
            <translation>Επιλέξτε πρότυπο για να συμπληρώσετε τα πεδία του.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This template has no fields to fill in.</source>
            <translation>Αυτό το πρότυπο δεν έχει πεδία για συμπλήρωση.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Fields marked * are required.</source>
            <translation>Τα πεδία με * είναι υποχρεωτικά.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Required</source>
            <translation>Υποχρεωτικό</translation>
        </message>
    </context>
    <context>
        <name>FindBar</name>
        <message>
            <location filename="../ui/editor/find_bar.py" line="+24" />
            <source>Find and replace</source>
            <translation>Εύρεση και αντικατάσταση</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+1" />
            <source>Find</source>
            <translation>Εύρεση</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+1" />
            <source>Replace with</source>
            <translation>Αντικατάσταση με</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Match case</source>
            <translation>Διάκριση πεζών-κεφαλαίων</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Previous</source>
            <translation>Προηγούμενο</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Next</source>
            <translation>Επόμενο</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Replace</source>
            <translation>Αντικατάσταση</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Replace all</source>
            <translation>Αντικατάσταση όλων</translation>
        </message>
        <message>
            <location line="+82" />
            <source>Not found</source>
            <translation>Δεν βρέθηκε</translation>
        </message>
        <message>
            <location line="+31" />
            <source>{replaced} replaced</source>
            <translation>{replaced} αντικαταστάθηκαν</translation>
        </message>
    </context>
    <context>
        <name>FinderPanel</name>
        <message>
            <location filename="../ui/finder/panel.py" line="+112" />
            <source>Postcode, town or lat,lon</source>
            <translation>Ταχυδρομικός κώδικας, πόλη ή lat,lon</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Customer location</source>
            <translation>Τοποθεσία πελάτη</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Service</source>
            <translation>Υπηρεσία</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Open when</source>
            <translation>Ανοιχτό πότε</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Now</source>
            <translation>Τώρα</translation>
        </message>
        <message>
            <location line="+0" />
            <source>At…</source>
            <translation>Στις…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Open at date and time</source>
            <translation>Ανοιχτό σε ημερομηνία και ώρα</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Now</source>
            <translation>&amp;Τώρα</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Back to now</source>
            <translation>Πίσω στο τώρα</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Show opening status for the time now, following the clock</source>
            <translation>Εμφάνιση της κατάστασης λειτουργίας για την τρέχουσα ώρα, ακολουθώντας το ρολόι</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Open only</source>
            <translation>Μόν&amp;ο ανοιχτά</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open only</source>
            <translation>Μόνο ανοιχτά</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Only facilities open then; those with unknown hours are listed apart, to call first</source>
            <translation>Μόνο καταστήματα ανοιχτά εκείνη την ώρα· όσα έχουν άγνωστο ωράριο εμφανίζονται χωριστά, για να τηλεφωνήσετε πρώτα</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Finder status</source>
            <translation>Κατάσταση αναζήτησης καταστημάτων</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Nearest facilities</source>
            <translation>Πλησιέστερα καταστήματα</translation>
        </message>
        <message>
            <location line="+23" />
            <location line="+173" />
            <source>Type the customer's postcode or town.</source>
            <translation>Πληκτρολογήστε τον ταχυδρομικό κώδικα ή την πόλη του πελάτη.</translation>
        </message>
        <message>
            <location line="-107" />
            <source>All services</source>
            <translation>Όλες οι υπηρεσίες</translation>
        </message>
        <message>
            <location line="+121" />
            <source>“{place}” is no place in the gazetteer. Facilities it names (distance unknown):</source>
            <translation>Το «{place}» δεν υπάρχει στον κατάλογο τοποθεσιών. Καταστήματα που το αναφέρουν (άγνωστη απόσταση):</translation>
        </message>
        <message>
            <location line="+59" />
            <source>No place called “{place}” is in the gazetteer.</source>
            <translation>Δεν υπάρχει τοποθεσία «{place}» στον κατάλογο τοποθεσιών.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>{problem}&lt;br&gt;Did you mean: {links}?</source>
            <translation>{problem}&lt;br&gt;Μήπως εννοείτε: {links};</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{problem}&lt;br&gt;Type a postcode, a town, or coordinates as lat,lon.</source>
            <translation>{problem}&lt;br&gt;Πληκτρολογήστε ταχυδρομικό κώδικα, πόλη ή συντεταγμένες ως lat,lon.</translation>
        </message>
        <message>
            <location line="-59" />
            <source> (best match so far)</source>
            <translation> (η καλύτερη αντιστοιχία μέχρι στιγμής)</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Nearest to &lt;b&gt;{where}&lt;/b&gt;</source>
            <translation>Πλησιέστερα στο &lt;b&gt;{where}&lt;/b&gt;</translation>
        </message>
        <message>
            <location line="+2" />
            <source> · ≈ placed by postcode or town, not surveyed</source>
            <translation> · ≈ τοποθετήθηκε κατά ταχυδρομικό κώδικα ή πόλη, όχι με ακρίβεια</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No facility near &lt;b&gt;{where}&lt;/b&gt; matches the filters.</source>
            <translation>Κανένα κατάστημα κοντά στο &lt;b&gt;{where}&lt;/b&gt; δεν ταιριάζει με τα φίλτρα.</translation>
        </message>
    </context>
    <context>
        <name>FrontMatterForm</name>
        <message>
            <location filename="../ui/editor/front_matter_form.py" line="+189" />
            <source>Front matter notice</source>
            <translation>Σημείωση κεφαλίδας</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Show all front matter fields</source>
            <translation>Εμφάνιση όλων των πεδίων της κεφαλίδας</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Title</source>
            <translation>Τίτλος</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Status</source>
            <translation>Κατάσταση</translation>
        </message>
        <message>
            <location line="+0" />
            <source>not set: published</source>
            <translation>δεν ορίστηκε: δημοσιευμένο</translation>
        </message>
        <message>
            <location line="+5" />
            <source>T&amp;itle:</source>
            <translation>&amp;Τίτλος:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Status:</source>
            <translation>&amp;Κατάσταση:</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Summary</source>
            <translation>Σύνοψη</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The answer in one or two sentences</source>
            <translation>Η απάντηση σε μία ή δύο προτάσεις</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Questions</source>
            <translation>Ερωτήσεις</translation>
        </message>
        <message>
            <location line="+2" />
            <source>How callers ask for this, one per line</source>
            <translation>Πώς το ρωτούν οι πελάτες, μία ανά γραμμή</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Tags</source>
            <translation>Ετικέτες</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Words, separated by commas</source>
            <translation>Λέξεις, χωρισμένες με κόμματα</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Su&amp;mmary:</source>
            <translation>&amp;Σύνοψη:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Questions:</source>
            <translation>&amp;Ερωτήσεις:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Tags:</source>
            <translation>Ε&amp;τικέτες:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Category</source>
            <translation>Κατηγορία</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Language</source>
            <translation>Γλώσσα</translation>
        </message>
        <message>
            <location line="+2" />
            <source>not set: the folder's</source>
            <translation>δεν ορίστηκε: του φακέλου</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Audience</source>
            <translation>Κοινό</translation>
        </message>
        <message>
            <location line="+0" />
            <source>not set: public</source>
            <translation>δεν ορίστηκε: δημόσιο</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Owner</source>
            <translation>Υπεύθυνος</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Team that keeps it right</source>
            <translation>Ομάδα που το κρατά σωστό</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Review by</source>
            <translation>Επανεξέταση έως</translation>
        </message>
        <message>
            <location line="+4" />
            <source>No date</source>
            <translation>Χωρίς ημερομηνία</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No review date</source>
            <translation>Χωρίς ημερομηνία επανεξέτασης</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Categ&amp;ory:</source>
            <translation>Κατη&amp;γορία:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>La&amp;nguage:</source>
            <translation>&amp;Γλώσσα:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A&amp;udience:</source>
            <translation>Κ&amp;οινό:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>O&amp;wner:</source>
            <translation>Υπ&amp;εύθυνος:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Review &amp;by:</source>
            <translation>Επανεξέταση έ&amp;ως:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Fact</source>
            <translation>Στοιχείο</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Value</source>
            <translation>Τιμή</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Facts</source>
            <translation>Στοιχεία</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Add a fact</source>
            <translation>Προσθήκη στοιχείου</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove the selected fact</source>
            <translation>Αφαίρεση του επιλεγμένου στοιχείου</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Related</source>
            <translation>Σχετικά</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Translations</source>
            <translation>Μεταφράσεις</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Fa&amp;cts:</source>
            <translation>Στοι&amp;χεία:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Related:</source>
            <translation>Σ&amp;χετικά:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Translations:</source>
            <translation>Μεταφράσεις:</translation>
        </message>
        <message>
            <location line="+81" />
            <source>&amp;Details ▾</source>
            <translation>&amp;Λεπτομέρειες ▾</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Details ▸</source>
            <translation>&amp;Λεπτομέρειες ▸</translation>
        </message>
        <message>
            <location line="+11" />
            <source>⚠ The form is off until the front matter is fixed in the source: {message}</source>
            <translation>⚠ Η φόρμα είναι ανενεργή μέχρι να διορθωθεί η κεφαλίδα στον κώδικα: {message}</translation>
        </message>
        <message>
            <location line="+66" />
            <source>'{shown}' is not a date (YYYY-MM-DD): pick one.</source>
            <translation>Το '{shown}' δεν είναι ημερομηνία (ΕΕΕΕ-ΜΜ-ΗΗ): επιλέξτε μία.</translation>
        </message>
    </context>
    <context>
        <name>HelpViewer</name>
        <message>
            <location filename="../ui/help_viewer.py" line="+61" />
            <source>KB Assist — User guide</source>
            <translation>KB Assist — Οδηγός χρήσης</translation>
        </message>
        <message>
            <location line="+4" />
            <source>User guide</source>
            <translation>Οδηγός χρήσης</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Back</source>
            <translation>&amp;Πίσω</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Forward</source>
            <translation>&amp;Εμπρός</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Contents</source>
            <translation>&amp;Περιεχόμενα</translation>
        </message>
        <message>
            <location line="+41" />
            <source>The user guide is not installed in {0}.</source>
            <translation>Ο οδηγός χρήσης δεν είναι εγκατεστημένος στο {0}.</translation>
        </message>
    </context>
    <context>
        <name>HistoryDialog</name>
        <message>
            <location filename="../ui/revisions/history_dialog.py" line="+126" />
            <source>History of {title}</source>
            <translation>Ιστορικό του {title}</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Versions, newest first</source>
            <translation>Εκδόσεις, οι νεότερες πρώτες</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Reading the history…</source>
            <translation>Ανάγνωση του ιστορικού…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Differences, rendered</source>
            <translation>Διαφορές, μορφοποιημένες</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Rendered</source>
            <translation>&amp;Μορφοποιημένο</translation>
        </message>
        <message>
            <location line="+1" />
            <source>S&amp;ource</source>
            <translation>&amp;Κώδικας</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Restore this version into the &amp;editor</source>
            <translation>Επαναφορά αυτής της έκδοσης στον &amp;επεξεργαστή</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Put the selected version's text in the editor; nothing is saved until you save</source>
            <translation>Βάζει το κείμενο της επιλεγμένης έκδοσης στον επεξεργαστή· τίποτα δεν αποθηκεύεται μέχρι να αποθηκεύσετε</translation>
        </message>
        <message>
            <location line="+78" />
            <source>This article has not been committed yet: it has no history.</source>
            <translation>Αυτό το άρθρο δεν έχει υποβληθεί ακόμη: δεν έχει ιστορικό.</translation>
        </message>
        <message>
            <location line="+36" />
            <source>This article has not been committed yet: nothing to compare.</source>
            <translation>Αυτό το άρθρο δεν έχει υποβληθεί ακόμη: δεν υπάρχει κάτι για σύγκριση.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Comparing…</source>
            <translation>Σύγκριση…</translation>
        </message>
        <message>
            <location line="+17" />
            <source> (then {as_posix})</source>
            <translation> (μετά {as_posix})</translation>
        </message>
        <message>
            <location line="+4" />
            <source>From {label}{moved} to {label2}</source>
            <translation>Από {label}{moved} σε {label2}</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Restored into the editor. Save there to keep it, or undo.</source>
            <translation>Επαναφέρθηκε στον επεξεργαστή. Αποθηκεύστε εκεί για να το κρατήσετε, ή αναιρέστε.</translation>
        </message>
    </context>
    <context>
        <name>InsightsView</name>
        <message>
            <location filename="../ui/insights/view.py" line="+107" />
            <source>Period</source>
            <translation>Περίοδος</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Last {days} days</source>
            <translation>Τελευταίες {days} ημέρες</translation>
        </message>
        <message>
            <location line="+0" />
            <source>All</source>
            <translation>Όλα</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Refresh</source>
            <translation>Ανανέωση</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Reading the usage log…</source>
            <translation>Ανάγνωση του αρχείου χρήσης…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Summary</source>
            <translation>Σύνοψη</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Questions to add to articles</source>
            <translation>Ερωτήσεις για προσθήκη σε άρθρα</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Add to the article</source>
            <translation>&amp;Προσθήκη στο άρθρο</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Add the query to the article's questions in the editor (then save)</source>
            <translation>Προσθήκη του ερωτήματος στις ερωτήσεις του άρθρου στον επεξεργαστή (μετά αποθηκεύστε)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Copy as &amp;YAML</source>
            <translation>Αντιγραφή ως &amp;YAML</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Copy the questions line to paste into the article</source>
            <translation>Αντιγραφή της γραμμής ερωτήσεων για επικόλληση στο άρθρο</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Searches that found nothing</source>
            <translation>Αναζητήσεις χωρίς αποτέλεσμα</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Searches where nothing was opened</source>
            <translation>Αναζητήσεις όπου δεν ανοίχτηκε τίποτα</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Top searches</source>
            <translation>Κορυφαίες αναζητήσεις</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Top articles</source>
            <translation>Κορυφαία άρθρα</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Articles rated “No” most</source>
            <translation>Άρθρα με τα περισσότερα «Όχι»</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Templates by use</source>
            <translation>Πρότυπα κατά χρήση</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Facilities looked up most</source>
            <translation>Καταστήματα που αναζητήθηκαν περισσότερο</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Period:</source>
            <translation>Περίοδος:</translation>
        </message>
        <message>
            <location line="+89" />
            <source>Cannot read the usage log {where}: {error}</source>
            <translation>Δεν διαβάζεται το αρχείο χρήσης {where}: {error}</translation>
        </message>
        <message>
            <location line="+36" />
            <source>Searches: {searches} · agents: {agents} · found nothing: {rate}%</source>
            <translation>Αναζητήσεις: {searches} · εκπρόσωποι: {agents} · χωρίς αποτέλεσμα: {rate}%</translation>
        </message>
        <message>
            <location line="+9" />
            <source>No searches recorded in this period. Searches appear here once agents pause typing in the search box.</source>
            <translation>Δεν καταγράφηκαν αναζητήσεις σε αυτή την περίοδο. Οι αναζητήσεις εμφανίζονται εδώ όταν οι εκπρόσωποι σταματούν να πληκτρολογούν στο πλαίσιο αναζήτησης.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Add “{query}” to the questions of {title} ({times}×)</source>
            <translation>Προσθήκη του «{query}» στις ερωτήσεις του {title} ({times}×)</translation>
        </message>
        <message>
            <location line="+16" />
            <source>{no} No · {yes} Yes  {title}</source>
            <translation>{no} Όχι · {yes} Ναι  {title}</translation>
        </message>
        <message>
            <location line="+50" />
            <source>no editor</source>
            <translation>χωρίς επεξεργαστή</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Added “{query}” to the questions of {title} in the editor; save to keep it.</source>
            <translation>Προστέθηκε το «{query}» στις ερωτήσεις του {title} στον επεξεργαστή· αποθηκεύστε για να το κρατήσετε.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Copied as YAML: paste it into the front matter of {title}.</source>
            <translation>Αντιγράφηκε ως YAML: επικολλήστε το στην κεφαλίδα του {title}.</translation>
        </message>
    </context>
    <context>
        <name>LanguageChooser</name>
        <message>
            <location filename="../ui/composer/language.py" line="+41" />
            <source>Reply in:</source>
            <translation>Απάντηση στα:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Customer's language</source>
            <translation>Γλώσσα του πελάτη</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The language the customer writes in: the template's version in that language is filled in</source>
            <translation>Η γλώσσα στην οποία γράφει ο πελάτης: συμπληρώνεται η έκδοση του προτύπου σε αυτή τη γλώσσα</translation>
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
            <translation>Αντιγράφηκε</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Cannot create the log folder {folder}: {exc}</source>
            <translation>Δεν είναι δυνατή η δημιουργία του φακέλου καταγραφής {folder}: {exc}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The log files are in {folder}</source>
            <translation>Τα αρχεία καταγραφής βρίσκονται στο {folder}</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&lt;h2&gt;KB Assist&lt;/h2&gt;&lt;p&gt;Type in the search box: results appear as you type.&lt;br&gt;↑ ↓ choose · Enter opens · Alt+1…9 opens a result · Esc clears&lt;br&gt;Ctrl+K back to search · Ctrl+D pins · Alt+← → back and forward&lt;/p&gt;</source>
            <translation>&lt;h2&gt;KB Assist&lt;/h2&gt;&lt;p&gt;Πληκτρολογήστε στο πλαίσιο αναζήτησης: τα αποτελέσματα εμφανίζονται καθώς γράφετε.&lt;br&gt;↑ ↓ επιλογή · Enter ανοίγει · Alt+1…9 ανοίγει αποτέλεσμα · Esc καθαρίζει&lt;br&gt;Ctrl+K πίσω στην αναζήτηση · Ctrl+D καρφιτσώνει · Alt+← → πίσω και εμπρός&lt;/p&gt;</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Workspace</source>
            <translation>Χώρος εργασίας</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Answer</source>
            <translation>Απά&amp;ντηση</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Re&amp;ply</source>
            <translation>Απάντηση πε&amp;λάτη</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Faci&amp;lities</source>
            <translation>&amp;Καταστήματα</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Edit articles and reply templates (Ctrl+E)</source>
            <translation>Επεξεργασία άρθρων και προτύπων απαντήσεων (Ctrl+E)</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Problems</source>
            <translation>Προβλήματα</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Review</source>
            <translation>Επανεξέταση</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Insights</source>
            <translation>Αναλύσεις</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Git branch status</source>
            <translation>Κατάσταση κλάδου git</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Content problems</source>
            <translation>Προβλήματα περιεχομένου</translation>
        </message>
        <message>
            <location line="+257" />
            <source>Reading content…</source>
            <translation>Ανάγνωση περιεχομένου…</translation>
        </message>
        <message>
            <location line="+180" />
            <source>Something went wrong: {message}</source>
            <translation>Κάτι πήγε στραβά: {message}</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Preparing the search index… results follow in a moment.</source>
            <translation>Προετοιμασία του ευρετηρίου αναζήτησης… τα αποτελέσματα έρχονται σε λίγο.</translation>
        </message>
        <message>
            <location line="+92" />
            <source>Search index rebuilt in {seconds:.1f} s</source>
            <translation>Το ευρετήριο αναζήτησης ξαναχτίστηκε σε {seconds:.1f} δ</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Cannot rebuild the search index: {message}</source>
            <translation>Δεν είναι δυνατή η ανακατασκευή του ευρετηρίου αναζήτησης: {message}</translation>
        </message>
        <message>
            <location line="+42" />
            <source>Search by meaning is unavailable on this computer; words still work.</source>
            <translation>Η αναζήτηση κατά νόημα δεν είναι διαθέσιμη σε αυτόν τον υπολογιστή· οι λέξεις λειτουργούν κανονικά.</translation>
        </message>
        <message>
            <location line="+43" />
            <location line="+180" />
            <source>“{ident}” is not in the content any more.</source>
            <translation>Το «{ident}» δεν υπάρχει πια στο περιεχόμενο.</translation>
        </message>
        <message>
            <location line="-143" />
            <source>Reply template · Enter opens</source>
            <translation>Πρότυπο απάντησης · Enter για άνοιγμα</translation>
        </message>
        <message>
            <location line="+51" />
            <source>Reply template</source>
            <translation>Πρότυπο απάντησης</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Facility</source>
            <translation>Κατάστημα</translation>
        </message>
        <message>
            <location line="+54" />
            <source>Open an item first, then Ctrl+D pins it.</source>
            <translation>Ανοίξτε πρώτα ένα στοιχείο, μετά το Ctrl+D το καρφιτσώνει.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Pinned</source>
            <translation>Καρφιτσώθηκε</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Unpinned</source>
            <translation>Ξεκαρφιτσώθηκε</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Un&amp;pin</source>
            <translation>&amp;Ξεκαρφίτσωμα</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Pin</source>
            <translation>&amp;Καρφίτσωμα</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Open an article first, then Ctrl+E edits it.</source>
            <translation>Ανοίξτε πρώτα ένα άρθρο, μετά το Ctrl+E το επεξεργάζεται.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Open an article first.</source>
            <translation>Ανοίξτε πρώτα ένα άρθρο.</translation>
        </message>
        <message>
            <location line="+84" />
            <source>Open an article first, then its history.</source>
            <translation>Ανοίξτε πρώτα ένα άρθρο, μετά το ιστορικό του.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The editor cannot open this file.</source>
            <translation>Ο επεξεργαστής δεν μπορεί να ανοίξει αυτό το αρχείο.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Old version restored into the editor: save to keep it</source>
            <translation>Η παλιά έκδοση επαναφέρθηκε στον επεξεργαστή: αποθηκεύστε για να την κρατήσετε</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Unsaved edits</source>
            <translation>Μη αποθηκευμένες αλλαγές</translation>
        </message>
        <message>
            <location line="+2" />
            <source>These files have edits that are not saved: {names}.

A commit takes the files as they are on disk.</source>
            <translation>Αυτά τα αρχεία έχουν αλλαγές που δεν αποθηκεύτηκαν: {names}.

Η υποβολή παίρνει τα αρχεία όπως είναι στον δίσκο.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Save them, then commit</source>
            <translation>&amp;Αποθήκευση και μετά υποβολή</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Commit &amp;without them</source>
            <translation>Υποβολή &amp;χωρίς αυτά</translation>
        </message>
        <message>
            <location line="+17" />
            <source>No reply template takes a facility.</source>
            <translation>Κανένα πρότυπο απάντησης δεν δέχεται κατάστημα.</translation>
        </message>
        <message>
            <location line="+43" />
            <source>Text size {scale:.0%}</source>
            <translation>Μέγεθος κειμένου {scale:.0%}</translation>
        </message>
    </context>
    <context>
        <name>MergeNotice</name>
        <message>
            <location filename="../ui/composer/merge.py" line="+38" />
            <source>Your edits and the new value clash</source>
            <translation>Οι αλλαγές σας και η νέα τιμή συγκρούονται</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Keep my text</source>
            <translation>Κράτηση του κειμένου μου</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Use new text</source>
            <translation>Χρήση του νέου κειμένου</translation>
        </message>
    </context>
    <context>
        <name>PasswordPrompt</name>
        <message>
            <location filename="../ui/mail_password.py" line="+91" />
            <location line="+3" />
            <source>Mail password</source>
            <translation>Κωδικός email</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Save it in the system keyring</source>
            <translation>&amp;Αποθήκευση στην κλειδοθήκη του συστήματος</translation>
        </message>
        <message>
            <location line="+9" />
            <source>No password is saved for {user} on {host}. Enter it to send.</source>
            <translation>Δεν έχει αποθηκευτεί κωδικός για τον χρήστη {user} στο {host}. Πληκτρολογήστε τον για αποστολή.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Password:</source>
            <translation>&amp;Κωδικός:</translation>
        </message>
    </context>
    <context>
        <name>PasswordRow</name>
        <message>
            <location line="-77" />
            <source>Enter the server and user name first</source>
            <translation>Πληκτρολογήστε πρώτα τον διακομιστή και το όνομα χρήστη</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The keyring cannot be used</source>
            <translation>Η κλειδοθήκη δεν μπορεί να χρησιμοποιηθεί</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Saved in the keyring (type to replace it)</source>
            <translation>Αποθηκεύτηκε στην κλειδοθήκη (πληκτρολογήστε για αντικατάσταση)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A password for {user} on {host} is saved in the keyring.</source>
            <translation>Ένας κωδικός για τον χρήστη {user} στο {host} είναι αποθηκευμένος στην κλειδοθήκη.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Not saved yet</source>
            <translation>Δεν αποθηκεύτηκε ακόμη</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No password is saved for {user} on {host}.</source>
            <translation>Δεν έχει αποθηκευτεί κωδικός για τον χρήστη {user} στο {host}.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Connecting to {host}:{port}…</source>
            <translation>Σύνδεση στο {host}:{port}…</translation>
        </message>
    </context>
    <context>
        <name>ProblemsPanel</name>
        <message>
            <location filename="../ui/problems_panel.py" line="+192" />
            <source>Problems summary</source>
            <translation>Σύνοψη προβλημάτων</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Content problems</source>
            <translation>Προβλήματα περιεχομένου</translation>
        </message>
        <message>
            <location line="+46" />
            <source>Cannot open {where}: the file is not there any more.</source>
            <translation>Δεν ανοίγει το {where}: το αρχείο δεν υπάρχει πια.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>the editor_command setting</source>
            <translation>η ρύθμιση editor_command</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Cannot read {origin} ({command!r}): {exc}. Fix it in Settings.</source>
            <translation>Δεν διαβάζεται το {origin} ({command!r}): {exc}. Διορθώστε το στις Ρυθμίσεις.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Set an editor command in Settings: {name} needs a terminal (from {origin}), and no terminal emulator was found.</source>
            <translation>Ορίστε εντολή επεξεργαστή στις Ρυθμίσεις: το {name} χρειάζεται τερματικό (από {origin}) και δεν βρέθηκε πρόγραμμα τερματικού.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Opened {where} in {editor} ({name}).</source>
            <translation>Άνοιξε το {where} στο {editor} ({name}).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Cannot start {name} to open {where} in {editor}.</source>
            <translation>Δεν είναι δυνατή η εκκίνηση του {name} για το άνοιγμα του {where} στο {editor}.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Opened {where} in {argv}.</source>
            <translation>Άνοιξε το {where} στο {argv}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cannot start {program!r} (from {origin}) to open {where}.</source>
            <translation>Δεν είναι δυνατή η εκκίνηση του {program!r} (από {origin}) για το άνοιγμα του {where}.</translation>
        </message>
        <message>
            <location line="+4" />
            <source> (go to line {line})</source>
            <translation> (μετάβαση στη γραμμή {line})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Opened {name} with the system's handler{line}.</source>
            <translation>Το {name} άνοιξε με το πρόγραμμα του συστήματος{line}.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Nothing can open {where}: set an editor in Settings (editor_command), or $VISUAL or $EDITOR.</source>
            <translation>Τίποτα δεν μπορεί να ανοίξει το {where}: ορίστε επεξεργαστή στις Ρυθμίσεις (editor_command) ή $VISUAL ή $EDITOR.</translation>
        </message>
    </context>
    <context>
        <name>QGnomeTheme</name>
        <message>
            <location filename="../ui/translators.py" line="+40" />
            <source>&amp;OK</source>
            <translation>&amp;Εντάξει</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Save</source>
            <translation>Α&amp;ποθήκευση</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Cancel</source>
            <translation>&amp;Ακύρωση</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Close</source>
            <translation>&amp;Κλείσιμο</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Close without Saving</source>
            <translation>Κλείσιμο χωρίς αποθήκευση</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <location line="-22" />
            <source>OK</source>
            <translation>Εντάξει</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save</source>
            <translation>Αποθήκευση</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save All</source>
            <translation>Αποθήκευση όλων</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open</source>
            <translation>Άνοιγμα</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Yes</source>
            <translation>&amp;Ναι</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Yes to &amp;All</source>
            <translation>Ναι σε ό&amp;λα</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;No</source>
            <translation>Ό&amp;χι</translation>
        </message>
        <message>
            <location line="+1" />
            <source>N&amp;o to All</source>
            <translation>Όχι σε όλ&amp;α</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Abort</source>
            <translation>Ματαίωση</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Retry</source>
            <translation>Επανάληψη</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ignore</source>
            <translation>Παράβλεψη</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Close</source>
            <translation>Κλείσιμο</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancel</source>
            <translation>Ακύρωση</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Discard</source>
            <translation>Απόρριψη</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Help</source>
            <translation>Βοήθεια</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Apply</source>
            <translation>Εφαρμογή</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reset</source>
            <translation>Επαναφορά</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Restore Defaults</source>
            <translation>Επαναφορά προεπιλογών</translation>
        </message>
    </context>
    <context>
        <name>ReplyEditor</name>
        <message>
            <location filename="../ui/composer/editor.py" line="+23" />
            <source>customer@example.com</source>
            <translation>customer@example.com</translation>
        </message>
        <message>
            <location line="+1" />
            <source>To</source>
            <translation>Προς</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Subject</source>
            <translation>Θέμα</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Reply text</source>
            <translation>Κείμενο απάντησης</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The reply appears here as you fill in the fields.</source>
            <translation>Η απάντηση εμφανίζεται εδώ καθώς συμπληρώνετε τα πεδία.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;To:</source>
            <translation>Πρ&amp;ος:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Subject:</source>
            <translation>&amp;Θέμα:</translation>
        </message>
    </context>
    <context>
        <name>RepositoryControls</name>
        <message>
            <location filename="../ui/revisions/controls.py" line="+115" />
            <location line="+13" />
            <source>The content folder is not in a git repository.</source>
            <translation>Ο φάκελος περιεχομένου δεν βρίσκεται σε αποθετήριο git.</translation>
        </message>
    </context>
    <context>
        <name>ResultDelegate</name>
        <message>
            <location filename="../ui/search/result_delegate.py" line="+93" />
            <source>Pinned · {badge}</source>
            <translation>Καρφιτσωμένο · {badge}</translation>
        </message>
    </context>
    <context>
        <name>ReviewView</name>
        <message>
            <location filename="../ui/review/view.py" line="+63" />
            <location line="+34" />
            <source>Group by</source>
            <translation>Ομαδοποίηση κατά</translation>
        </message>
        <message>
            <location line="-30" />
            <location line="+31" />
            <source>Owner</source>
            <translation>Υπεύθυνος</translation>
        </message>
        <message>
            <location line="-28" />
            <source>Due soon within days</source>
            <translation>Λήγει σύντομα εντός ημερών</translation>
        </message>
        <message>
            <location line="+2" />
            <source> days</source>
            <translation> ημέρες</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Reviews due in this many days or fewer count as due soon</source>
            <translation>Οι επανεξετάσεις που λήγουν σε τόσες ημέρες ή λιγότερες μετράνε ως «λήγουν σύντομα»</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Review summary</source>
            <translation>Σύνοψη επανεξέτασης</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Articles to review</source>
            <translation>Άρθρα για επανεξέταση</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Open</source>
            <translation>Άνοιγμα</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open the article</source>
            <translation>Άνοιγμα του άρθρου</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edit</source>
            <translation>Επεξεργασία</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edit the article</source>
            <translation>Επεξεργασία του άρθρου</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open the article in the editor</source>
            <translation>Άνοιγμα του άρθρου στον επεξεργαστή</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Due soon within</source>
            <translation>Λήγει σύντομα εντός</translation>
        </message>
    </context>
    <context>
        <name>SearchPanel</name>
        <message>
            <location filename="../ui/search/panel.py" line="+111" />
            <source>Search articles, replies and facilities   (Ctrl+K)</source>
            <translation>Αναζήτηση σε άρθρα, απαντήσεις και καταστήματα   (Ctrl+K)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Search</source>
            <translation>Αναζήτηση</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Show kind</source>
            <translation>Εμφάνιση είδους</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Language</source>
            <translation>Γλώσσα</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+84" />
            <source>All languages</source>
            <translation>Όλες οι γλώσσες</translation>
        </message>
        <message>
            <location line="-82" />
            <source>Index progress</source>
            <translation>Πρόοδος ευρετηρίου</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Search status</source>
            <translation>Κατάσταση αναζήτησης</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Results</source>
            <translation>Αποτελέσματα</translation>
        </message>
        <message>
            <location line="+134" />
            <source>Searched the first {MAX_QUERY_CHARS} characters only.</source>
            <translation>Αναζητήθηκαν μόνο οι πρώτοι {MAX_QUERY_CHARS} χαρακτήρες.</translation>
        </message>
        <message>
            <location line="+9" />
            <source> · some found by meaning</source>
            <translation> · ορισμένα βρέθηκαν κατά νόημα</translation>
        </message>
        <message>
            <location line="+2" />
            <source> · Did you mean &lt;a href='#'&gt;{suggestion}&lt;/a&gt;? (Tab)</source>
            <translation> · Μήπως εννοείτε &lt;a href='#'&gt;{suggestion}&lt;/a&gt;; (Tab)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&lt;b&gt;No results for “{query}”.&lt;/b&gt;</source>
            <translation>&lt;b&gt;Κανένα αποτέλεσμα για «{query}».&lt;/b&gt;</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Did you mean &lt;a href='#'&gt;{suggestion}&lt;/a&gt;? Press Tab to use it.</source>
            <translation>Μήπως εννοείτε &lt;a href='#'&gt;{suggestion}&lt;/a&gt;; Πατήστε Tab για να το χρησιμοποιήσετε.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The kind and language filters are on: try All.</source>
            <translation>Τα φίλτρα είδους και γλώσσας είναι ενεργά: δοκιμάστε Όλα.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The kind filter is on: try All.</source>
            <translation>Το φίλτρο είδους είναι ενεργό: δοκιμάστε Όλα.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The language filter is on: try All languages.</source>
            <translation>Το φίλτρο γλώσσας είναι ενεργό: δοκιμάστε Όλες οι γλώσσες.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Tip: fewer words, or filters in the query: &lt;i&gt;kind:reply&lt;/i&gt;, &lt;i&gt;lang:sl&lt;/i&gt;, &lt;i&gt;tag:refund&lt;/i&gt;, &lt;i&gt;"exact phrase"&lt;/i&gt;.</source>
            <translation>Συμβουλή: λιγότερες λέξεις ή φίλτρα στο ερώτημα: &lt;i&gt;kind:reply&lt;/i&gt;, &lt;i&gt;lang:sl&lt;/i&gt;, &lt;i&gt;tag:refund&lt;/i&gt;, &lt;i&gt;"ακριβής φράση"&lt;/i&gt;.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>{shown} of {count} · scroll for more</source>
            <translation>{shown} από {count} · κύλιση για περισσότερα</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Pinned and recent items (Ctrl+D pins the open item)</source>
            <translation>Καρφιτσωμένα και πρόσφατα στοιχεία (το Ctrl+D καρφιτσώνει το ανοιχτό στοιχείο)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Type to search. Ctrl+D pins an open item so it shows here.</source>
            <translation>Πληκτρολογήστε για αναζήτηση. Το Ctrl+D καρφιτσώνει ένα ανοιχτό στοιχείο ώστε να εμφανίζεται εδώ.</translation>
        </message>
        <message>
            <location line="+82" />
            <source>{count_text} · Did you mean &lt;a href='#'&gt;{suggestion}&lt;/a&gt;? (Tab)</source>
            <translation>{count_text} · Μήπως εννοείτε &lt;a href='#'&gt;{suggestion}&lt;/a&gt;; (Tab)</translation>
        </message>
    </context>
    <context>
        <name>SendJob</name>
        <message>
            <location filename="../ui/composer/send.py" line="+68" />
            <source>Sending failed unexpectedly: {error_type}: {exc}</source>
            <translation>Η αποστολή απέτυχε απροσδόκητα: {error_type}: {exc}</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../ui/settings_dialog.py" line="+73" />
            <source>Settings</source>
            <translation>Ρυθμίσεις</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Starter content ({starter_content})</source>
            <translation>Αρχικό περιεχόμενο ({starter_content})</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+152" />
            <source>Content folder</source>
            <translation>Φάκελος περιεχομένου</translation>
        </message>
        <message>
            <location line="-151" />
            <source>&amp;Browse…</source>
            <translation>&amp;Αναζήτηση…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose content folder</source>
            <translation>Επιλογή φακέλου περιεχομένου</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Your name</source>
            <translation>Το όνομά σας</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Text size</source>
            <translation>Μέγεθος κειμένου</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Your language</source>
            <translation>Η γλώσσα σας</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Interface language</source>
            <translation>Γλώσσα περιβάλλοντος</translation>
        </message>
        <message>
            <location line="+3" />
            <source>As the system ({language})</source>
            <translation>Όπως το σύστημα ({language})</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Colours</source>
            <translation>Χρώματα</translation>
        </message>
        <message>
            <location line="+2" />
            <source>System</source>
            <translation>Σύστημα</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Light</source>
            <translation>Ανοιχτά</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dark</source>
            <translation>Σκούρα</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Distance unit</source>
            <translation>Μονάδα απόστασης</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kilometres</source>
            <translation>Χιλιόμετρα</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Miles</source>
            <translation>Μίλια</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Editor command</source>
            <translation>Εντολή επεξεργαστή</translation>
        </message>
        <message>
            <location line="+2" />
            <source>$VISUAL or $EDITOR, else the system's handler</source>
            <translation>$VISUAL ή $EDITOR, αλλιώς το πρόγραμμα του συστήματος</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Content folder:</source>
            <translation>&amp;Φάκελος περιεχομένου:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Your &amp;name:</source>
            <translation>Το ό&amp;νομά σας:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Text size:</source>
            <translation>&amp;Μέγεθος κειμένου:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Language:</source>
            <translation>Γ&amp;λώσσα:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Int&amp;erface language:</source>
            <translation>Γλώσσα &amp;περιβάλλοντος:</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The interface language changes when KB Assist next starts.</source>
            <translation>Η γλώσσα περιβάλλοντος αλλάζει στην επόμενη εκκίνηση του KB Assist.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>C&amp;olours:</source>
            <translation>&amp;Χρώματα:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Distances:</source>
            <translation>Απο&amp;στάσεις:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Ed&amp;itor for problems:</source>
            <translation>&amp;Επεξεργαστής για προβλήματα:</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Show an icon in the s&amp;ystem tray (from the next start of KB Assist)</source>
            <translation>Εμφάνιση ε&amp;ικονιδίου στην περιοχή ειδοποιήσεων (από την επόμενη εκκίνηση του KB Assist)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Mail server</source>
            <translation>Διακομιστής email</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Mail server port</source>
            <translation>Θύρα διακομιστή email</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Connection security</source>
            <translation>Ασφάλεια σύνδεσης</translation>
        </message>
        <message>
            <location line="+4" />
            <source>None (local test servers)</source>
            <translation>Καμία (τοπικοί διακομιστές δοκιμών)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Mail user name</source>
            <translation>Όνομα χρήστη email</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Sender address</source>
            <translation>Διεύθυνση αποστολέα</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Server:</source>
            <translation>Δ&amp;ιακομιστής:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Port:</source>
            <translation>&amp;Θύρα:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>S&amp;ecurity:</source>
            <translation>Α&amp;σφάλεια:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;User:</source>
            <translation>&amp;Χρήστης:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;From:</source>
            <translation>Α&amp;πό:</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Mail password</source>
            <translation>Κωδικός email</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Kept in the system keyring, never in the settings file.</source>
            <translation>Φυλάσσεται στην κλειδοθήκη του συστήματος, ποτέ στο αρχείο ρυθμίσεων.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>&amp;Test connection</source>
            <translation>&amp;Δοκιμή σύνδεσης</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Test the mail server connection</source>
            <translation>Δοκιμή της σύνδεσης με τον διακομιστή email</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Pass&amp;word:</source>
            <translation>&amp;Κωδικός:</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;General</source>
            <translation>&amp;Γενικά</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sending &amp;mail</source>
            <translation>Αποστολή &amp;email</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Us&amp;age log</source>
            <translation>Α&amp;ρχείο χρήσης</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Enter the mail server first.</source>
            <translation>Πληκτρολογήστε πρώτα τον διακομιστή email.</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <location filename="../ui/shortcuts_dialog.py" line="+78" />
            <location line="+2" />
            <source>Keyboard shortcuts</source>
            <translation>Συντομεύσεις πληκτρολογίου</translation>
        </message>
    </context>
    <context>
        <name>SourceDiffView</name>
        <message>
            <location filename="../ui/revisions/diff_view.py" line="+111" />
            <source>Differences in the source</source>
            <translation>Διαφορές στον κώδικα</translation>
        </message>
        <message>
            <location line="+9" />
            <source>No differences.</source>
            <translation>Καμία διαφορά.</translation>
        </message>
    </context>
    <context>
        <name>SourceEdit</name>
        <message>
            <location filename="../ui/editor/document.py" line="-636" />
            <source>Source</source>
            <translation>Κώδικας</translation>
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
            <translation>Άνοιγμα του KB Assist…</translation>
        </message>
    </context>
    <context>
        <name>TemplatePicker</name>
        <message>
            <location filename="../ui/composer/picker.py" line="+206" />
            <source>Find a template…</source>
            <translation>Εύρεση προτύπου…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Find a reply template</source>
            <translation>Εύρεση προτύπου απάντησης</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Template:</source>
            <translation>Πρότυπο:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Template kind</source>
            <translation>Είδος προτύπου</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show only templates of this kind</source>
            <translation>Εμφάνιση μόνο προτύπων αυτού του είδους</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Reply templates</source>
            <translation>Πρότυπα απαντήσεων</translation>
        </message>
        <message>
            <location line="+37" />
            <source>All kinds</source>
            <translation>Όλα τα είδη</translation>
        </message>
    </context>
    <context>
        <name>TonePanel</name>
        <message>
            <location filename="../ui/tone/panel.py" line="+51" />
            <source>Tone summary</source>
            <translation>Σύνοψη ύφους</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Tone findings</source>
            <translation>Ευρήματα ύφους</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Select a finding to select its words in the reply; press Enter to apply its fix.</source>
            <translation>Επιλέξτε ένα εύρημα για να επιλεγούν οι λέξεις του στην απάντηση· πατήστε Enter για να εφαρμοστεί η διόρθωση.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Fi&amp;x</source>
            <translation>&amp;Διόρθωση</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Apply the suggested fix</source>
            <translation>Εφαρμογή της προτεινόμενης διόρθωσης</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Replace the selected words with the suggestion (Enter)</source>
            <translation>Αντικατάσταση των επιλεγμένων λέξεων με την πρόταση (Enter)</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Checking tone…</source>
            <translation>Έλεγχος ύφους…</translation>
        </message>
        <message>
            <location line="+46" />
            <source>{count} / {limit} characters</source>
            <translation>{count} / {limit} χαρακτήρες</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{count} / {limit} words</source>
            <translation>{count} / {limit} λέξεις</translation>
        </message>
        <message>
            <location line="+9" />
            <source>no tone problems</source>
            <translation>κανένα πρόβλημα ύφους</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Counted in characters: each Chinese character counts as one, and so does each Latin word or number.</source>
            <translation>Μετριέται σε χαρακτήρες: κάθε κινεζικός χαρακτήρας μετρά ως ένας, όπως και κάθε λατινική λέξη ή αριθμός.</translation>
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
            <translation>&amp;Αναζήτηση…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Show &amp;KB Assist</source>
            <translation>Εμφάνιση του &amp;KB Assist</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Quit</source>
            <translation>Έ&amp;ξοδος</translation>
        </message>
    </context>
    <context>
        <name>UsageSettingsBox</name>
        <message>
            <location filename="../ui/insights/usage_settings.py" line="+43" />
            <source>Usage log</source>
            <translation>Αρχείο χρήσης</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Record searches and use for Insights</source>
            <translation>&amp;Καταγραφή αναζητήσεων και χρήσης για τις Αναλύσεις</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Keep everything</source>
            <translation>Διατήρηση όλων</translation>
        </message>
        <message>
            <location line="+1" />
            <source> days</source>
            <translation> ημέρες</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Keep usage events for</source>
            <translation>Διατήρηση συμβάντων χρήσης για</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rank templates by the &amp;team's use too</source>
            <translation>Κατάταξη προτύπων και με βάση τη χρήση της &amp;ομάδας</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Empty: on this computer only</source>
            <translation>Κενό: μόνο σε αυτόν τον υπολογιστή</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Team usage database</source>
            <translation>Βάση δεδομένων χρήσης της ομάδας</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Stored: searches (personal data scrubbed), opened articles and their rank, copied summaries, templates used, how replies went out, the kind of place looked up, and your Yes/No ratings. Never: reply texts, field values, customers' addresses.</source>
            <translation>Αποθηκεύονται: αναζητήσεις (χωρίς προσωπικά δεδομένα), άρθρα που ανοίχτηκαν και η θέση τους στα αποτελέσματα, συνόψεις που αντιγράφηκαν, πρότυπα που χρησιμοποιήθηκαν, πώς στάλθηκαν οι απαντήσεις, το είδος της τοποθεσίας που αναζητήθηκε και οι αξιολογήσεις σας Ναι/Όχι. Ποτέ: κείμενα απαντήσεων, τιμές πεδίων, διευθύνσεις πελατών.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Delete my usage history…</source>
            <translation>&amp;Διαγραφή του ιστορικού χρήσης μου…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Keep for:</source>
            <translation>Διατήρηση για:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Team database:</source>
            <translation>Βάση δεδομένων ομάδας:</translation>
        </message>
    </context>
    <context>
        <name>VariantNotice</name>
        <message>
            <location filename="../ui/composer/language.py" line="+54" />
            <source>Template language</source>
            <translation>Γλώσσα προτύπου</translation>
        </message>
        <message>
            <location line="+14" />
            <source>No {wanted} version of this template: showing {shown}.</source>
            <translation>Αυτό το πρότυπο δεν υπάρχει στη γλώσσα που επιλέξατε ({wanted})· εμφανίζεται η έκδοση: {shown}.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The reply you had written is kept in Drafts.</source>
            <translation>Η απάντηση που είχατε γράψει φυλάσσεται στα Πρόχειρα.</translation>
        </message>
    </context>
    <context>
        <name>VersionRow</name>
        <message>
            <location filename="../ui/revisions/history_dialog.py" line="-282" />
            <source>Working copy — the file as it is now</source>
            <translation>Αντίγραφο εργασίας — το αρχείο όπως είναι τώρα</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The file on disk, with any changes not committed yet</source>
            <translation>Το αρχείο στον δίσκο, με όσες αλλαγές δεν έχουν υποβληθεί ακόμη</translation>
        </message>
    </context>
    <context>
        <name>_LinkList</name>
        <message>
            <location filename="../ui/editor/front_matter_form.py" line="-387" />
            <source>{name}: language</source>
            <translation>{name}: γλώσσα</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{name}: article to add</source>
            <translation>{name}: άρθρο για προσθήκη</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add the article to {name}</source>
            <translation>Προσθήκη του άρθρου στο {name}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Remove the selected entry from {name}</source>
            <translation>Αφαίρεση της επιλεγμένης καταχώρισης από το {name}</translation>
        </message>
    </context>
    <context>
        <name>accept</name>
        <message>
            <location filename="../ui/insights/accept.py" line="+20" />
            <source>The article {id} is not in the content any more</source>
            <translation>Το άρθρο {id} δεν υπάρχει πια στο περιεχόμενο</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{file} cannot be opened in the editor</source>
            <translation>Το {file} δεν μπορεί να ανοίξει στον επεξεργαστή</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The front matter of {file} cannot be changed ({error})</source>
            <translation>Η κεφαλίδα του {file} δεν μπορεί να αλλάξει ({error})</translation>
        </message>
    </context>
    <context>
        <name>answer_card</name>
        <message>
            <location filename="../ui/article/answer_card.py" line="-179" />
            <source>Copy the answer (Ctrl+Shift+C)</source>
            <translation>Αντιγραφή της απάντησης (Ctrl+Shift+C)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>The article's file has a problem (see the Problems panel), so this is the last version that could be read. It may change once the file is fixed.</source>
            <translation>Το αρχείο του άρθρου έχει πρόβλημα (δείτε το πλαίσιο Προβλήματα), οπότε αυτή είναι η τελευταία έκδοση που διαβαζόταν. Μπορεί να αλλάξει όταν διορθωθεί το αρχείο.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Review overdue since {when}</source>
            <translation>Η επανεξέταση έληξε στις {when}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Reviewed until {when}</source>
            <translation>Επανεξετάστηκε έως {when}</translation>
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <location filename="../ui/app.py" line="+111" />
            <source>The content is still being read.</source>
            <translation>Το περιεχόμενο διαβάζεται ακόμη.</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Copied</source>
            <translation>Αντιγράφηκε</translation>
        </message>
    </context>
    <context>
        <name>checks</name>
        <message>
            <location filename="../ui/composer/checks.py" line="+11" />
            <source>Set your name in Settings (Ctrl+,).</source>
            <translation>Ορίστε το όνομά σας στις Ρυθμίσεις (Ctrl+,).</translation>
        </message>
        <message>
            <location line="+14" />
            <location line="+1" />
            <source>Choose a template.</source>
            <translation>Επιλέξτε πρότυπο.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Fill in: </source>
            <translation>Συμπληρώστε: </translation>
        </message>
        <message>
            <location line="+7" />
            <source>Check: </source>
            <translation>Ελέγξτε: </translation>
        </message>
        <message>
            <location line="+24" />
            <source>To send from here, set the mail server and sender in Settings (Ctrl+,).</source>
            <translation>Για αποστολή από εδώ, ορίστε τον διακομιστή email και τον αποστολέα στις Ρυθμίσεις (Ctrl+,).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Enter the customer's address to send.</source>
            <translation>Πληκτρολογήστε τη διεύθυνση του πελάτη για αποστολή.</translation>
        </message>
    </context>
    <context>
        <name>diff_view</name>
        <message>
            <location filename="../ui/revisions/diff_view.py" line="-96" />
            <source>Added</source>
            <translation>Προστέθηκε</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Removed</source>
            <translation>Αφαιρέθηκε</translation>
        </message>
        <message>
            <location line="+60" />
            <source>{WORDS} in the details (front matter)</source>
            <translation>{WORDS} στις λεπτομέρειες (κεφαλίδα)</translation>
        </message>
        <message>
            <location line="+15" />
            <source>&lt;p&gt;&lt;i&gt;No differences.&lt;/i&gt;&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;i&gt;Καμία διαφορά.&lt;/i&gt;&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>document</name>
        <message>
            <location filename="../ui/editor/document.py" line="-46" />
            <source>{path} does not exist any more.</source>
            <translation>Το {path} δεν υπάρχει πια.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Cannot read {path}.</source>
            <translation>Δεν διαβάζεται το {path}.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>line {line}: </source>
            <translation>γραμμή {line}: </translation>
        </message>
    </context>
    <context>
        <name>drafts</name>
        <message>
            <location filename="../ui/composer/drafts.py" line="+120" />
            <source>No drafts</source>
            <translation>Κανένα πρόχειρο</translation>
        </message>
        <message>
            <location line="+9" />
            <source>De&amp;lete a draft</source>
            <translation>&amp;Διαγραφή πρόχειρου</translation>
        </message>
    </context>
    <context>
        <name>facts_table</name>
        <message>
            <location filename="../ui/article/facts_table.py" line="-85" />
            <source>Yes</source>
            <translation>Ναι</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No</source>
            <translation>Όχι</translation>
        </message>
    </context>
    <context>
        <name>history_dialog</name>
        <message>
            <location filename="../ui/revisions/history_dialog.py" line="-24" />
            <source>Select one version to compare it with the working copy, or two (Ctrl+click) to compare them.</source>
            <translation>Επιλέξτε μία έκδοση για σύγκριση με το αντίγραφο εργασίας, ή δύο (Ctrl+κλικ) για να τις συγκρίνετε.</translation>
        </message>
    </context>
    <context>
        <name>main_window</name>
        <message>
            <location filename="../ui/main_window.py" line="-1317" />
            <source>&amp;Write</source>
            <translation>&amp;Σύνταξη</translation>
        </message>
        <message>
            <location line="+25" />
            <source>search index built in {seconds:.1f} s</source>
            <translation>το ευρετήριο αναζήτησης χτίστηκε σε {seconds:.1f} δ</translation>
        </message>
        <message>
            <location line="+5" />
            <source>search index up to date</source>
            <translation>το ευρετήριο αναζήτησης είναι ενημερωμένο</translation>
        </message>
        <message>
            <location line="+1" />
            <source>search index: {count} re-read in {seconds:.2f} s</source>
            <translation>ευρετήριο αναζήτησης: {count} ξαναδιαβάστηκαν σε {seconds:.2f} δ</translation>
        </message>
        <message>
            <location line="+18" />
            <source>⚠ {problems} in content</source>
            <translation>⚠ {problems} στο περιεχόμενο</translation>
        </message>
    </context>
    <context>
        <name>merge</name>
        <message>
            <location filename="../ui/composer/merge.py" line="-26" />
            <source>Your edits and the new value both change this part</source>
            <translation>Οι αλλαγές σας και η νέα τιμή αλλάζουν και οι δύο αυτό το σημείο</translation>
        </message>
    </context>
    <context>
        <name>model</name>
        <message>
            <location filename="../ui/review/model.py" line="+27" />
            <source>Owner</source>
            <translation>Υπεύθυνος</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reason</source>
            <translation>Αιτία</translation>
        </message>
        <message>
            <location filename="../ui/tone/model.py" line="+22" />
            <source>Must fix</source>
            <translation>Πρέπει να διορθωθεί</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Risky</source>
            <translation>Επικίνδυνο</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Suggestion</source>
            <translation>Πρόταση</translation>
        </message>
        <message>
            <location line="+3" />
            <source>personal data</source>
            <translation>προσωπικά δεδομένα</translation>
        </message>
        <message>
            <location line="+1" />
            <source>plain language</source>
            <translation>απλή γλώσσα</translation>
        </message>
        <message>
            <location line="+1" />
            <source>next step</source>
            <translation>επόμενο βήμα</translation>
        </message>
        <message>
            <location line="+20" />
            <source>
Fix: {replacement}</source>
            <translation>
Διόρθωση: {replacement}</translation>
        </message>
    </context>
    <context>
        <name>output</name>
        <message>
            <location filename="../ui/composer/output.py" line="+60" />
            <source>The To address {address!r} cannot go in a mail link: give plain addresses such as name@example.org, separated by commas, or copy the text instead.</source>
            <translation>Η διεύθυνση Προς {address!r} δεν μπορεί να μπει σε σύνδεσμο email: δώστε απλές διευθύνσεις όπως name@example.org, χωρισμένες με κόμματα, ή αντιγράψτε το κείμενο.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>This reply cannot be handed to the mail client (it is too long, or has characters a mail link may not carry). Copy the text or save it as an .eml file instead.</source>
            <translation>Αυτή η απάντηση δεν μπορεί να δοθεί στο πρόγραμμα email (είναι πολύ μεγάλη ή έχει χαρακτήρες που δεν χωρούν σε σύνδεσμο email). Αντιγράψτε το κείμενο ή αποθηκεύστε το ως αρχείο .eml.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>No mail client opened. Copy the text instead.</source>
            <translation>Δεν άνοιξε πρόγραμμα email. Αντιγράψτε το κείμενο.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Save the reply as an email file</source>
            <translation>Αποθήκευση της απάντησης ως αρχείο email</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Email (*.eml)</source>
            <translation>Email (*.eml)</translation>
        </message>
        <message>
            <location line="+18" />
            <source>There is no sender address: set it in Settings, or email in the [org] table of kbassist.toml.</source>
            <translation>Δεν υπάρχει διεύθυνση αποστολέα: ορίστε την στις Ρυθμίσεις ή ως email στον πίνακα [org] του kbassist.toml.</translation>
        </message>
    </context>
    <context>
        <name>panel</name>
        <message>
            <location filename="../ui/search/panel.py" line="-370" />
            <source>All</source>
            <translation>Όλα</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Articles</source>
            <translation>Άρθρα</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Replies</source>
            <translation>Απαντήσεις</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Facilities</source>
            <translation>Καταστήματα</translation>
        </message>
    </context>
    <context>
        <name>problems_panel</name>
        <message>
            <location filename="../ui/problems_panel.py" line="-249" />
            <source>Severity</source>
            <translation>Σοβαρότητα</translation>
        </message>
        <message>
            <location line="+1" />
            <source>File</source>
            <translation>Αρχείο</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Problem</source>
            <translation>Πρόβλημα</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No problems: every content file was read.</source>
            <translation>Κανένα πρόβλημα: διαβάστηκε κάθε αρχείο περιεχομένου.</translation>
        </message>
    </context>
    <context>
        <name>quote</name>
        <message>
            <location filename="../ui/composer/quote.py" line="-25" />
            <source> — internal</source>
            <translation> — εσωτερικό</translation>
        </message>
        <message>
            <location line="+1" />
            <source>For the team only: do not send this to the customer.</source>
            <translation>Μόνο για την ομάδα: μην το στείλετε στον πελάτη.</translation>
        </message>
    </context>
    <context>
        <name>result_delegate</name>
        <message>
            <location filename="../ui/search/result_delegate.py" line="-61" />
            <source>Pinned</source>
            <translation>Καρφιτσώθηκε</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Recent</source>
            <translation>Πρόσφατα</translation>
        </message>
        <message>
            <location line="+3" />
            <source>found by meaning</source>
            <translation>βρέθηκε κατά νόημα</translation>
        </message>
    </context>
    <context>
        <name>results_model</name>
        <message>
            <location filename="../ui/search/results_model.py" line="+14" />
            <source>Article</source>
            <translation>Άρθρο</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reply template</source>
            <translation>Πρότυπο απάντησης</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Facility</source>
            <translation>Κατάστημα</translation>
        </message>
        <message>
            <location line="+47" />
            <source>, found by meaning</source>
            <translation>, βρέθηκε κατά νόημα</translation>
        </message>
    </context>
    <context>
        <name>settings</name>
        <message>
            <location filename="../ui/settings.py" line="+41" />
            <source>Content folder to use; empty means the bundled starter content.</source>
            <translation>Φάκελος περιεχομένου προς χρήση· κενό σημαίνει το ενσωματωμένο αρχικό περιεχόμενο.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Your name, as it appears in the replies you sign.</source>
            <translation>Το όνομά σας, όπως εμφανίζεται στις απαντήσεις που υπογράφετε.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Text size, from 0.8 (small) to 2.0 (very large).</source>
            <translation>Μέγεθος κειμένου, από 0.8 (μικρό) έως 2.0 (πολύ μεγάλο).</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Your language (BCP 47, e.g. en, sl); results in it rank first.</source>
            <translation>Η γλώσσα σας (BCP 47, π.χ. en, sl)· τα αποτελέσματα σε αυτή εμφανίζονται πρώτα.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Language of the menus, buttons and messages (en, sl, hr, el, zh_CN); empty follows the system. Takes effect after a restart.</source>
            <translation>Γλώσσα των μενού, κουμπιών και μηνυμάτων (en, sl, hr, el, zh_CN)· κενό ακολουθεί το σύστημα. Ισχύει μετά από επανεκκίνηση.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Colours: system, light or dark.</source>
            <translation>Χρώματα: system, light ή dark.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Distances to facilities: km or miles.</source>
            <translation>Αποστάσεις προς καταστήματα: km ή miles.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Mail server for sending replies.</source>
            <translation>Διακομιστής email για την αποστολή απαντήσεων.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Mail server port (587 for STARTTLS, 465 for SSL).</source>
            <translation>Θύρα διακομιστή email (587 για STARTTLS, 465 για SSL).</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Connection security: starttls, ssl or none.</source>
            <translation>Ασφάλεια σύνδεσης: starttls, ssl ή none.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>User name on the mail server; the password is kept in the system keyring.</source>
            <translation>Όνομα χρήστη στον διακομιστή email· ο κωδικός φυλάσσεται στην κλειδοθήκη του συστήματος.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Sender address for replies sent by SMTP.</source>
            <translation>Διεύθυνση αποστολέα για απαντήσεις που στέλνονται μέσω SMTP.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Editor that opens a content file at a line, e.g. code -g {file}:{line}; empty means $VISUAL or $EDITOR, else the system's handler.</source>
            <translation>Επεξεργαστής που ανοίγει ένα αρχείο περιεχομένου σε μια γραμμή, π.χ. code -g {file}:{line}· κενό σημαίνει $VISUAL ή $EDITOR, αλλιώς το πρόγραμμα του συστήματος.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Hide the search column while the Reply or Facilities tab is open (F9).</source>
            <translation>Απόκρυψη της στήλης αναζήτησης όταν είναι ανοιχτή η καρτέλα Απάντηση ή Καταστήματα (F9).</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Review view: articles whose review date is at most this many days away are due soon.</source>
            <translation>Προβολή επανεξέτασης: τα άρθρα με ημερομηνία επανεξέτασης το πολύ τόσες ημέρες μακριά λήγουν σύντομα.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Search by meaning too, once you pause typing (finds answers worded differently).</source>
            <translation>Αναζήτηση και κατά νόημα, μόλις σταματήσετε να πληκτρολογείτε (βρίσκει απαντήσεις με άλλη διατύπωση).</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Show KB Assist in the system tray, with Search… (takes effect at start).</source>
            <translation>Εμφάνιση του KB Assist στην περιοχή ειδοποιήσεων, με Αναζήτηση… (ισχύει στην εκκίνηση).</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Record searches, opened articles, templates used and ratings (query texts scrubbed of personal data; never reply texts or field values) so the team sees what customers ask.</source>
            <translation>Καταγραφή αναζητήσεων, ανοιγμένων άρθρων, χρησιμοποιημένων προτύπων και αξιολογήσεων (τα κείμενα αναζήτησης καθαρίζονται από προσωπικά δεδομένα· ποτέ κείμενα απαντήσεων ή τιμές πεδίων) ώστε η ομάδα να βλέπει τι ρωτούν οι πελάτες.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Usage events older than this many days are deleted at start (0 keeps all).</source>
            <translation>Τα συμβάντα χρήσης παλαιότερα από τόσες ημέρες διαγράφονται κατά την εκκίνηση (0 τα κρατά όλα).</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Template picker: your most used templates first, then the team's (off: yours only).</source>
            <translation>Επιλογή προτύπου: πρώτα τα πρότυπα που χρησιμοποιείτε περισσότερο, μετά της ομάδας (ανενεργό: μόνο τα δικά σας).</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Team usage database, postgresql://user@host:5432/database (password in the system keyring); empty keeps the usage log on this computer only.</source>
            <translation>Βάση δεδομένων χρήσης της ομάδας, postgresql://user@host:5432/database (ο κωδικός στην κλειδοθήκη του συστήματος)· κενό κρατά το αρχείο χρήσης μόνο σε αυτόν τον υπολογιστή.</translation>
        </message>
    </context>
    <context>
        <name>shortcuts_dialog</name>
        <message>
            <location filename="../ui/shortcuts_dialog.py" line="-55" />
            <source>Choose a result without leaving the search box (the answer follows)</source>
            <translation>Επιλογή αποτελέσματος χωρίς έξοδο από το πλαίσιο αναζήτησης (η απάντηση ακολουθεί)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Open the chosen result</source>
            <translation>Άνοιγμα του επιλεγμένου αποτελέσματος</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Clear the search box</source>
            <translation>Καθαρισμός του πλαισίου αναζήτησης</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Use the “did you mean” suggestion, when one shows</source>
            <translation>Χρήση της πρότασης «μήπως εννοείτε», όταν εμφανίζεται</translation>
        </message>
        <message>
            <location line="+12" />
            <source>menu only</source>
            <translation>μόνο μενού</translation>
        </message>
        <message>
            <location line="+9" />
            <source>In the search box</source>
            <translation>Στο πλαίσιο αναζήτησης</translation>
        </message>
    </context>
    <context>
        <name>single_instance</name>
        <message>
            <location filename="../ui/single_instance.py" line="+224" />
            <source>A link was not opened: {0}</source>
            <translation>Ένας σύνδεσμος δεν ανοίχτηκε: {0}</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Link not opened</source>
            <translation>Ο σύνδεσμος δεν ανοίχτηκε</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Another program asked KB Assist to open this link. Nothing was opened.</source>
            <translation>Ένα άλλο πρόγραμμα ζήτησε από το KB Assist να ανοίξει αυτόν τον σύνδεσμο. Δεν ανοίχτηκε τίποτα.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>There is no article '{0}' in the content.</source>
            <translation>Δεν υπάρχει άρθρο «{0}» στο περιεχόμενο.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>No content in “{0}”: searching every language.</source>
            <translation>Δεν υπάρχει περιεχόμενο στα «{0}»: αναζήτηση σε όλες τις γλώσσες.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>This window has no facility finder.</source>
            <translation>Αυτό το παράθυρο δεν έχει αναζήτηση καταστημάτων.</translation>
        </message>
    </context>
    <context>
        <name>status_text</name>
        <message>
            <location filename="../ui/revisions/status_text.py" line="+14" />
            <source>Not committed to git yet</source>
            <translation>Δεν έχει υποβληθεί ακόμη στο git</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last changed by {author_name} on {day_text}</source>
            <translation>Τελευταία αλλαγή από {author_name} στις {day_text}</translation>
        </message>
        <message>
            <location line="+11" />
            <source>{branch} and {remote} have both moved on ({ahead} and {behind} commits) — pull, then push, with your git tool</source>
            <translation>Οι {branch} και {remote} έχουν προχωρήσει και οι δύο ({ahead} και {behind} υποβολές) — κάντε pull και μετά push με το εργαλείο git σας</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{branch} is {count} behind {remote} — pull with your git tool</source>
            <translation>Ο {branch} είναι {count} πίσω από τον {remote} — κάντε pull με το εργαλείο git σας</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{branch} is {count} ahead of {remote} — push with your git tool</source>
            <translation>Ο {branch} είναι {count} μπροστά από τον {remote} — κάντε push με το εργαλείο git σας</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{branch} is up to date with {remote}</source>
            <translation>Ο {branch} είναι ενημερωμένος με τον {remote}</translation>
        </message>
    </context>
    <context>
        <name>style</name>
        <message>
            <location filename="../ui/composer/style.py" line="+46" />
            <source>Fill in this field</source>
            <translation>Συμπληρώστε αυτό το πεδίο</translation>
        </message>
    </context>
    <context>
        <name>usage_settings</name>
        <message>
            <location filename="../ui/insights/usage_settings.py" line="+19" />
            <source>Delete my usage history</source>
            <translation>Διαγραφή του ιστορικού χρήσης μου</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete every search and use recorded under your name, on this computer and in the team database? The team's Insights lose them too. This cannot be undone.</source>
            <translation>Να διαγραφούν όλες οι αναζητήσεις και οι χρήσεις που καταγράφηκαν με το όνομά σας, σε αυτόν τον υπολογιστή και στη βάση δεδομένων της ομάδας; Θα χαθούν και από τις Αναλύσεις της ομάδας. Η ενέργεια δεν αναιρείται.</translation>
        </message>
    </context>
    <context>
        <name>view</name>
        <message>
            <location filename="../ui/article/view.py" line="-318" />
            <source>This article is too complex to format; showing its text.</source>
            <translation>Αυτό το άρθρο είναι πολύ σύνθετο για μορφοποίηση· εμφανίζεται το κείμενό του.</translation>
        </message>
        <message>
            <location line="+360" />
            <source>&lt;li&gt;{ident} (not in the content)&lt;/li&gt;</source>
            <translation>&lt;li&gt;{ident} (δεν υπάρχει στο περιεχόμενο)&lt;/li&gt;</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&lt;h2 id="related-articles"&gt;Related articles&lt;/h2&gt;&lt;ul&gt;</source>
            <translation>&lt;h2 id="related-articles"&gt;Σχετικά άρθρα&lt;/h2&gt;&lt;ul&gt;</translation>
        </message>
        <message>
            <location filename="../ui/review/view.py" line="-64" />
            <source>All owners</source>
            <translation>Όλοι οι υπεύθυνοι</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The review appears once the content has been read.</source>
            <translation>Η επανεξέταση εμφανίζεται μόλις διαβαστεί το περιεχόμενο.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nothing to review: every article is owned, summarised and within its dates.</source>
            <translation>Τίποτα για επανεξέταση: κάθε άρθρο έχει υπεύθυνο, σύνοψη και είναι εντός ημερομηνιών.</translation>
        </message>
        <message>
            <location line="+190" />
            <source>{count} to look at — </source>
            <translation>{count} για έλεγχο — </translation>
        </message>
    </context>
    <context>
        <name>workspace</name>
        <message>
            <location filename="../ui/editor/workspace.py" line="-91" />
            <source>&lt;h3&gt;Nothing open for editing&lt;/h3&gt;&lt;p&gt;Open an article and press &lt;b&gt;Ctrl+E&lt;/b&gt; (or its &lt;b&gt;Edit&lt;/b&gt; button), or start one with &lt;b&gt;File → New article&lt;/b&gt; (Ctrl+N).&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Τίποτα ανοιχτό για επεξεργασία&lt;/h3&gt;&lt;p&gt;Ανοίξτε ένα άρθρο και πατήστε &lt;b&gt;Ctrl+E&lt;/b&gt; (ή το κουμπί &lt;b&gt;Επεξεργασία&lt;/b&gt;), ή ξεκινήστε ένα με &lt;b&gt;Αρχείο → Νέο άρθρο&lt;/b&gt; (Ctrl+N).&lt;/p&gt;</translation>
        </message>
    </context>
</TS>
