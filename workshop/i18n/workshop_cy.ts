<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB" sourcelanguage="en_GB">
<context>
    <name></name>
    <message>
        <location filename="../ui/board/board_widget.py" line="+200"/>
        <source>Edit</source>
        <translation type="unfinished">Golygu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation type="unfinished">Dileu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+ Dot</source>
        <translation type="unfinished">+ Dot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>− Dot</source>
        <translation type="unfinished">− Dot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Significant…</source>
        <translation type="unfinished">Arwyddocaol…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Group into theme…</source>
        <translation type="unfinished">Grwpio&apos;n thema…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ungroup</source>
        <translation type="unfinished">Dadgrwpio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename theme…</source>
        <translation type="unfinished">Ailenwi&apos;r thema…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add column…</source>
        <translation type="unfinished">Ychwanegu colofn…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rename column…</source>
        <translation type="unfinished">Ailenwi&apos;r golofn…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Column left</source>
        <translation type="unfinished">Colofn i&apos;r chwith</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Column right</source>
        <translation type="unfinished">Colofn i&apos;r dde</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../ui/board/column_actions.py" line="+62"/>
        <source>Column colour</source>
        <translation type="unfinished">Lliw&apos;r golofn</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../ui/board/column_actions.py" line="+31"/>
        <location line="+2"/>
        <source>Delete column</source>
        <translation type="unfinished">Dileu&apos;r golofn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show list</source>
        <translation type="unfinished">Dangos rhestr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom to fit</source>
        <translation type="unfinished">Chwyddo i ffitio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Present</source>
        <translation type="unfinished">Cyflwyno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save picture…</source>
        <translation type="unfinished">Cadw llun…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raise as point…</source>
        <translation type="unfinished">Codi fel pwynt…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>Columns</source>
        <translation type="unfinished">Colofnau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column actions</source>
        <translation type="unfinished">Camau colofn</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Board menus</source>
        <translation type="unfinished">Dewislenni&apos;r bwrdd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Notes</source>
        <translation type="unfinished">&amp;Nodiadau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Themes</source>
        <translation type="unfinished">&amp;Themâu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Col&amp;umns</source>
        <translation type="unfinished">&amp;Colofnau</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Menu for the chosen notes</source>
        <translation type="unfinished">Dewislen ar gyfer y nodiadau a ddewiswyd</translation>
    </message>
    <message>
        <location filename="../ui/deck_editor.py" line="+62"/>
        <source>Move card</source>
        <translation type="unfinished">Symud cerdyn</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Import deck</source>
        <translation type="unfinished">Mewnforio pecyn</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>&amp;New deck…</source>
        <translation type="unfinished">Pecyn &amp;newydd…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start a new deck</source>
        <translation type="unfinished">Dechrau pecyn newydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy a &amp;built-in deck</source>
        <translation type="unfinished">Copïo pecyn &amp;parod</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy the built-in deck to edit</source>
        <translation type="unfinished">Copïo&apos;r pecyn parod i&apos;w olygu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import deck file…</source>
        <translation type="unfinished">&amp;Mewnforio ffeil pecyn…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import a deck file</source>
        <translation type="unfinished">Mewnforio ffeil pecyn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export deck file…</source>
        <translation type="unfinished">&amp;Allforio ffeil pecyn…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export the deck to a file</source>
        <translation type="unfinished">Allforio&apos;r pecyn i ffeil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print to &amp;PDF…</source>
        <translation type="unfinished">Argraffu i &amp;PDF…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print the deck to a PDF file</source>
        <translation type="unfinished">Argraffu&apos;r pecyn i ffeil PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;rint…</source>
        <translation type="unfinished">A&amp;rgraffu…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print the deck on a printer</source>
        <translation type="unfinished">Argraffu&apos;r pecyn ar argraffydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete deck…</source>
        <translation type="unfinished">Dileu&apos;r pecyn…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the chosen deck</source>
        <translation type="unfinished">Dileu&apos;r pecyn a ddewiswyd</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.py" line="+125"/>
        <source>The export stopped: %s. Nothing was written; try again, or choose another folder.</source>
        <translation type="unfinished">Daeth yr allforio i ben: %s. Ni ysgrifennwyd dim; rhowch gynnig arall arni, neu dewiswch ffolder arall.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="+153"/>
        <source>&amp;File</source>
        <translation type="unfinished">&amp;Ffeil</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.py" line="-38"/>
        <source>Show in &amp;folder</source>
        <translation type="unfinished">Dangos yn y &amp;ffolder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the saved files in their folder</source>
        <translation type="unfinished">Dangos y ffeiliau a gadwyd yn eu ffolder</translation>
    </message>
    <message>
        <location filename="../ui/export_menu.py" line="+21"/>
        <source>Export summary &amp;pack…</source>
        <translation type="unfinished">Allforio &amp;pecyn cryno…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export record as &amp;data…</source>
        <translation type="unfinished">Allforio&apos;r cofnod fel &amp;data…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="+13"/>
        <source>&amp;New programme…</source>
        <translation type="unfinished">Rhaglen &amp;newydd…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Open…</source>
        <translation type="unfinished">&amp;Agor…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save a &amp;copy as…</source>
        <translation type="unfinished">Cadw &amp;copi fel…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Quit</source>
        <translation type="unfinished">&amp;Gadael</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Undo</source>
        <translation type="unfinished">&amp;Dadwneud</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation type="unfinished">&amp;Ailwneud</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>&amp;Next page</source>
        <translation type="unfinished">Tudalen &amp;nesaf</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>P&amp;revious page</source>
        <translation type="unfinished">Tudalen &amp;flaenorol</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pa&amp;ges</source>
        <translation type="unfinished">&amp;Tudalennau</translation>
    </message>
    <message>
        <location filename="../ui/agenda/commands.py" line="+22"/>
        <source>Add exercise</source>
        <translation type="unfinished">Ychwanegu ymarfer</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Move exercise</source>
        <translation type="unfinished">Symud ymarfer</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>New session from plan</source>
        <translation type="unfinished">Sesiwn newydd o gynllun</translation>
    </message>
    <message>
        <location filename="../ui/agenda/menus.py" line="+16"/>
        <source>New session from &amp;plan…</source>
        <translation type="unfinished">Sesiwn newydd o &amp;gynllun…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="-97"/>
        <source>&amp;Edit</source>
        <translation type="unfinished">&amp;Golygu</translation>
    </message>
    <message>
        <location filename="../ui/agenda/menus.py" line="+6"/>
        <source>&amp;Search notes…</source>
        <translation type="unfinished">&amp;Chwilio nodiadau…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="+1"/>
        <source>&amp;Session</source>
        <translation type="unfinished">&amp;Sesiwn</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Open rec&amp;ent</source>
        <translation type="unfinished">Agor &amp;diweddar</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Add session</source>
        <translation type="unfinished">&amp;Ychwanegu sesiwn</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Duplicate session</source>
        <translation type="unfinished">&amp;Dyblygu sesiwn</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>De&amp;lete session…</source>
        <translation type="unfinished">D&amp;ileu sesiwn…</translation>
    </message>
    <message>
        <location filename="../ui/board/board_widget.py" line="-24"/>
        <location filename="../ui/main_window.py" line="-57"/>
        <source>&amp;View</source>
        <translation type="unfinished">G&amp;weld</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="+2"/>
        <source>&amp;Help</source>
        <translation type="unfinished">&amp;Cymorth</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Next &amp;pane</source>
        <translation type="unfinished">&amp;Cwarel nesaf</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pre&amp;vious pane</source>
        <translation type="unfinished">Cwarel &amp;blaenorol</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;About Workshop</source>
        <translation type="unfinished">&amp;Ynghylch Workshop</translation>
    </message>
    <message>
        <location filename="../ui/board/items.py" line="+208"/>
        <location filename="../ui/board/presentation_pages.py" line="+55"/>
        <source>Significant</source>
        <translation type="unfinished">Arwyddocaol</translation>
    </message>
    <message>
        <location filename="../ui/board/list_model.py" line="+128"/>
        <source>no dots</source>
        <translation type="unfinished">dim dotiau</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 dot</source>
        <translation type="unfinished">1 dot</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 dots</source>
        <translation type="unfinished">%1 dot</translation>
    </message>
    <message>
        <location filename="../ui/card_mode.py" line="+98"/>
        <source>(built-in)</source>
        <translation type="unfinished">(parod)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Card %1 of %2</source>
        <translation type="unfinished">Cerdyn %1 o %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WHAT THE SYSTEM DOES</source>
        <translation type="unfinished">BETH MAE&apos;R SYSTEM YN EI WNEUD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QUESTIONS FOR YOUR TABLE</source>
        <translation type="unfinished">CWESTIYNAU I&apos;CH BWRDD</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>HOPE</source>
        <translation type="unfinished">GOBAITH</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>WORRY</source>
        <translation type="unfinished">PRYDER</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No key terms on this card.</source>
        <translation type="unfinished">Dim termau allweddol ar y cerdyn hwn.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Record what %s said</source>
        <translation type="unfinished">Cofnodi beth ddywedodd %s</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="+30"/>
        <source>Yes</source>
        <translation type="unfinished">Iawn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation type="unfinished">Canslo</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not saved</source>
        <translation type="unfinished">Heb ei gadw</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../ui/help.py" line="+313"/>
        <source>Workshop</source>
        <translation type="unfinished">Workshop</translation>
    </message>
    <message>
        <location filename="../ui/facilitator_menu.py" line="+49"/>
        <source>&amp;Preferences…</source>
        <translation type="unfinished">&amp;Dewisiadau…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Bigger text</source>
        <translation type="unfinished">Testun &amp;mwy</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Smaller text</source>
        <translation type="unfinished">Testun &amp;llai</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Normal text size</source>
        <translation type="unfinished">Maint testun &amp;arferol</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;High contrast</source>
        <translation type="unfinished">Cyferbyniad &amp;uchel</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Help for this screen</source>
        <translation type="unfinished">&amp;Cymorth ar gyfer y sgrin hon</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished">Llwybrau byr y &amp;bysellfwrdd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Welcome…</source>
        <translation type="unfinished">C&amp;roeso…</translation>
    </message>
    <message>
        <location filename="../ui/file_opening.py" line="+61"/>
        <location line="+32"/>
        <location line="+96"/>
        <location line="+21"/>
        <source>Could not open the file</source>
        <translation type="unfinished">Methu agor y ffeil</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>Could not create the file</source>
        <translation type="unfinished">Methu creu&apos;r ffeil</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This window is read-only: nothing you change here can be saved.</source>
        <translation type="unfinished">Mae&apos;r ffenestr hon i&apos;w darllen yn unig: ni ellir cadw dim a newidiwch yma.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The newest good backup of this file was made on %s (%s).</source>
        <translation type="unfinished">Gwnaed y copi wrth gefn da mwyaf newydd o&apos;r ffeil hon ar %s (%s).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This file has no backups of its own, but there is a good backup of a file of the same name, %s, made on %s (%s).</source>
        <translation type="unfinished">Does gan y ffeil hon ddim copïau wrth gefn ei hun, ond mae copi wrth gefn da o ffeil o&apos;r un enw, %s, a wnaed ar %s (%s).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%s

%s Put it here and open it? The file as it is now is kept beside it under a new name; nothing is deleted.</source>
        <translation type="unfinished">%s

%s Ei roi yma a&apos;i agor? Caiff y ffeil fel y mae nawr ei chadw wrth ei ymyl dan enw newydd; does dim yn cael ei ddileu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore the backup</source>
        <translation type="unfinished">Adfer y copi wrth gefn</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Backup not restored</source>
        <translation type="unfinished">Ni adferwyd y copi wrth gefn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restored the backup from %s.</source>
        <translation type="unfinished">Adferwyd y copi wrth gefn o %s.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file it replaced was kept as “%s”.</source>
        <translation type="unfinished">Cadwyd y ffeil a ddisodlwyd fel “%s”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup restored</source>
        <translation type="unfinished">Copi wrth gefn wedi&apos;i adfer</translation>
    </message>
    <message>
        <location filename="../ui/glossary_dock.py" line="+34"/>
        <location filename="../ui/help.py" line="-53"/>
        <source>Glossary</source>
        <translation type="unfinished">Geirfa</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&amp;Glossary</source>
        <translation type="unfinished">&amp;Geirfa</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Scenario &amp;decks…</source>
        <translation type="unfinished">&amp;Pecynnau senario…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Questions still owed…</source>
        <translation type="unfinished">&amp;Cwestiynau sy&apos;n dal yn ddyledus…</translation>
    </message>
    <message>
        <location filename="../ui/help.py" line="-213"/>
        <source>Good practice</source>
        <translation type="unfinished">Arfer da</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Press F1 on any screen for its help. Help &amp;gt; Keyboard shortcuts lists every key.</source>
        <translation type="unfinished">Pwyswch F1 ar unrhyw sgrin am ei chymorth. Mae Cymorth &amp;gt; Llwybrau byr y bysellfwrdd yn rhestru pob allwedd.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Expectations</source>
        <translation type="unfinished">Disgwyliadau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What this engagement can change and what it cannot, how feedback will be used, and when and where you will publish your response. These belong to the whole programme and appear in every pack.</source>
        <translation type="unfinished">Beth all yr ymgysylltu hwn ei newid a beth na all, sut y defnyddir adborth, a phryd a ble y byddwch yn cyhoeddi eich ymateb. Mae&apos;r rhain yn perthyn i&apos;r rhaglen gyfan ac yn ymddangos ym mhob pecyn.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fill in each box; it is saved when you leave it.</source>
        <translation type="unfinished">Llenwch bob blwch; caiff ei gadw pan fyddwch yn ei adael.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the level of influence people really have: do not promise more.</source>
        <translation type="unfinished">Dewiswch y lefel o ddylanwad sydd gan bobl go iawn: peidiwch ag addo mwy.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give a date for responses, and the ways people can send feedback.</source>
        <translation type="unfinished">Rhowch ddyddiad ar gyfer ymatebion, a&apos;r ffyrdd y gall pobl anfon adborth.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Setting expectations: tell people at the start what is already decided and what they can still change. Being honest about limits builds more trust than a promise you cannot keep.</source>
        <translation type="unfinished">Gosod disgwyliadau: dywedwch wrth bobl ar y dechrau beth sydd wedi&apos;i benderfynu eisoes a beth y gallant ei newid o hyd. Mae bod yn onest am y terfynau yn meithrin mwy o ymddiriedaeth nag addewid na allwch ei gadw.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Session details</source>
        <translation type="unfinished">Manylion y sesiwn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the session is, when and where it happens, and who runs it.</source>
        <translation type="unfinished">Beth yw&apos;r sesiwn, pryd a ble mae&apos;n digwydd, a phwy sy&apos;n ei chynnal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type in a box and move on with Tab: every change is saved.</source>
        <translation type="unfinished">Teipiwch mewn blwch a symud ymlaen gyda Tab: caiff pob newid ei gadw.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use Edit &gt; Undo (Ctrl+Z) to take a change back.</source>
        <translation type="unfinished">Defnyddiwch Golygu &gt; Dadwneud (Ctrl+Z) i ddadwneud newid.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Describe step-free routes, lifts and toilets in Access notes.</source>
        <translation type="unfinished">Disgrifiwch lwybrau heb risiau, lifftiau a thoiledau yn Nodiadau mynediad.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reaching people: go to places people already use — a library, a community centre, a youth club — at times that suit them, and work with groups they trust.</source>
        <translation type="unfinished">Cyrraedd pobl: ewch i leoedd y mae pobl eisoes yn eu defnyddio — llyfrgell, canolfan gymunedol, clwb ieuenctid — ar adegau sy&apos;n gyfleus iddynt, a gweithio gyda grwpiau y maent yn ymddiried ynddynt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Access and facilities</source>
        <translation type="unfinished">Mynediad a chyfleusterau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the session provides so people can take part, and the adjustments people asked for.</source>
        <translation type="unfinished">Beth mae&apos;r sesiwn yn ei ddarparu fel y gall pobl gymryd rhan, a&apos;r addasiadau y gofynnodd pobl amdanynt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add a provision, then press F2 to change a cell.</source>
        <translation type="unfinished">Ychwanegwch ddarpariaeth, yna pwyswch F2 i newid cell.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record each request as the adjustment needed and whether it was met.</source>
        <translation type="unfinished">Cofnodwch bob cais fel yr addasiad sydd ei angen ac a gafodd ei ddiwallu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never write a diagnosis or a name.</source>
        <translation type="unfinished">Peidiwch byth ag ysgrifennu diagnosis nac enw.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accessibility: ask everyone in advance what would help them take part, book interpreters early, offer large print and easy read, a quiet space and help with travel. Check the venue yourself.</source>
        <translation type="unfinished">Hygyrchedd: gofynnwch i bawb ymlaen llaw beth fyddai&apos;n eu helpu i gymryd rhan, archebwch ddehonglwyr yn gynnar, cynigiwch brint bras a fersiynau hawdd eu deall, lle tawel a help gyda theithio. Gwiriwch y lleoliad eich hun.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Incentives</source>
        <translation type="unfinished">Cymhellion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What people are given for their time and costs, against the budget.</source>
        <translation type="unfinished">Beth mae pobl yn ei gael am eu hamser a&apos;u costau, o&apos;i gymharu â&apos;r gyllideb.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set the session budget, then add each kind of incentive.</source>
        <translation type="unfinished">Gosodwch gyllideb y sesiwn, yna ychwanegwch bob math o gymhelliad.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned and given totals are worked out for you.</source>
        <translation type="unfinished">Caiff y cyfansymiau a gynlluniwyd ac a roddwyd eu cyfrifo i chi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who received an incentive is personal data: it is not kept here.</source>
        <translation type="unfinished">Mae pwy gafodd gymhelliad yn ddata personol: nid yw&apos;n cael ei gadw yma.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Incentives: paying people for their time and covering travel and care costs helps people take part who otherwise could not. Say what is on offer in the invitation.</source>
        <translation type="unfinished">Cymhellion: mae talu pobl am eu hamser a thalu costau teithio a gofal yn helpu pobl i gymryd rhan na allent fel arall. Dywedwch beth sydd ar gael yn y gwahoddiad.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Paper and returns</source>
        <translation type="unfinished">Papur ac atebion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the session&apos;s handouts, and type in the anonymous monitoring forms and evaluation slips that come back.</source>
        <translation type="unfinished">Argraffwch daflenni&apos;r sesiwn, a theipiwch y ffurflenni monitro a&apos;r slipiau gwerthuso dienw sy&apos;n dod yn ôl.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tick the handouts you need, then Save handouts as PDF.</source>
        <translation type="unfinished">Ticiwch y taflenni sydd eu hangen arnoch, yna pwyswch Cadw&apos;r taflenni fel PDF.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a form&apos;s code, then the number beside each ticked box.</source>
        <translation type="unfinished">Teipiwch god y ffurflen, yna&apos;r rhif wrth ymyl pob blwch a diciwyd.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab skips a question left blank; Enter keeps the form.</source>
        <translation type="unfinished">Mae Tab yn hepgor cwestiwn a adawyd yn wag; mae Enter yn cadw&apos;r ffurflen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reaching people: ask who came in their own words, anonymously, and look at how disadvantages overlap, not just at each group alone.</source>
        <translation type="unfinished">Cyrraedd pobl: gofynnwch pwy ddaeth yn eu geiriau eu hunain, yn ddienw, ac edrychwch ar sut mae anfanteision yn gorgyffwrdd, nid dim ond ar bob grŵp ar ei ben ei hun.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Attendance and reach</source>
        <translation type="unfinished">Presenoldeb a chyrhaeddiad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who you hoped to hear from, and who came, as counted on the day.</source>
        <translation type="unfinished">Gan bwy roeddech chi&apos;n gobeithio clywed, a phwy ddaeth, fel y&apos;u cyfrifwyd ar y diwrnod.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add each group you planned to reach with the number hoped for.</source>
        <translation type="unfinished">Ychwanegwch bob grŵp roeddech chi&apos;n bwriadu ei gyrraedd gyda&apos;r nifer y gobeithiwyd amdano.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After the session, type how many came from each group.</source>
        <translation type="unfinished">Ar ôl y sesiwn, teipiwch faint ddaeth o bob grŵp.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Groups below what you hoped for are listed under the table.</source>
        <translation type="unfinished">Caiff grwpiau islaw&apos;r hyn roeddech chi&apos;n gobeithio amdano eu rhestru o dan y tabl.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reaching people: plan who is seldom heard — digitally excluded residents, young people, carers — and check afterwards who came. Fill the gaps in the next session.</source>
        <translation type="unfinished">Cyrraedd pobl: cynlluniwch pwy na chlywir yn aml — trigolion sydd wedi&apos;u hallgáu&apos;n ddigidol, pobl ifanc, gofalwyr — a gwiriwch wedyn pwy ddaeth. Llenwch y bylchau yn y sesiwn nesaf.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Overview</source>
        <translation type="unfinished">Trosolwg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The whole programme at a glance: sessions by date, who you reached against who you hoped to reach, access requests met, and incentives.</source>
        <translation type="unfinished">Y rhaglen gyfan ar yr olwg gyntaf: sesiynau yn ôl dyddiad, pwy gyrhaeddoch chi o&apos;i gymharu â phwy roeddech chi&apos;n gobeithio&apos;u cyrraedd, ceisiadau mynediad a ddiwallwyd, a chymhellion.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Double-click a session to open it.</source>
        <translation type="unfinished">Cliciwch ddwywaith ar sesiwn i&apos;w hagor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Groups below target are marked with ▼ and the words &apos;below target&apos;.</source>
        <translation type="unfinished">Caiff grwpiau islaw&apos;r targed eu marcio â ▼ a&apos;r geiriau &apos;islaw&apos;r targed&apos;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the figures to plan the next session: who is missing, and what would help them come?</source>
        <translation type="unfinished">Defnyddiwch y ffigurau i gynllunio&apos;r sesiwn nesaf: pwy sydd ar goll, a beth fyddai&apos;n eu helpu i ddod?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Points and responses</source>
        <translation type="unfinished">Pwyntiau ac ymatebion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The points residents raised, where they came from, and your published response to each: what you decided and why.</source>
        <translation type="unfinished">Y pwyntiau a gododd trigolion, o ble y daethant, a&apos;ch ymateb cyhoeddedig i bob un: beth a benderfynoch a pham.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Raise a point from a note, question or card response.</source>
        <translation type="unfinished">Codwch bwynt o nodyn, cwestiwn neu ymateb i gerdyn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give each point a status, a decision, the reasoning and an owner.</source>
        <translation type="unfinished">Rhowch statws, penderfyniad, y rhesymeg a pherchennog i bob pwynt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark a point significant when it matters more than its count.</source>
        <translation type="unfinished">Nodwch bwynt yn arwyddocaol pan fo&apos;n bwysicach na&apos;i gyfrif.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Closing the loop: tell people what you did with what they said — &apos;you said, we did&apos; — including what you could not change and why. Publish it where and when you promised.</source>
        <translation type="unfinished">Cau&apos;r cylch: dywedwch wrth bobl beth wnaethoch chi gyda&apos;r hyn a ddywedon nhw — &apos;dywedoch chi, gwnaethom ni&apos; — gan gynnwys beth na allech ei newid a pham. Cyhoeddwch ef lle a phryd yr addawoch.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Agenda</source>
        <translation type="unfinished">Agenda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The exercises of this session in order, with how long each takes.</source>
        <translation type="unfinished">Ymarferion y sesiwn hon mewn trefn, gyda faint o amser y mae pob un yn ei gymryd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add an exercise, then move it up or down.</source>
        <translation type="unfinished">Ychwanegwch ymarfer, yna ei symud i fyny neu i lawr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open an exercise to run it on the day.</source>
        <translation type="unfinished">Agorwch ymarfer i&apos;w gynnal ar y diwrnod.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave time for introductions, for setting expectations, for breaks, and for telling people what happens next.</source>
        <translation type="unfinished">Gadewch amser ar gyfer cyflwyniadau, gosod disgwyliadau, egwyliau, a dweud wrth bobl beth sy&apos;n digwydd nesaf.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Board</source>
        <translation type="unfinished">Bwrdd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sticky notes in columns, typed in from paper, grouped into themes and voted on with dots.</source>
        <translation type="unfinished">Nodiadau gludiog mewn colofnau, wedi&apos;u teipio o bapur, wedi&apos;u grwpio&apos;n themâu a&apos;u pleidleisio â dotiau.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type a note and press Enter to add it.</source>
        <translation type="unfinished">Teipiwch nodyn a phwyso Enter i&apos;w ychwanegu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+L shows the notes as a list, for the keyboard and screen readers.</source>
        <translation type="unfinished">Mae Ctrl+L yn dangos y nodiadau fel rhestr, ar gyfer y bysellfwrdd a darllenwyr sgrin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+T groups chosen notes into a theme; + and − add or remove a dot.</source>
        <translation type="unfinished">Mae Ctrl+T yn grwpio&apos;r nodiadau a ddewiswyd yn thema; mae + a − yn ychwanegu neu&apos;n tynnu dot.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Esc leaves the note box; Shift+F10 opens the menu for the chosen notes.</source>
        <translation type="unfinished">Mae Esc yn gadael blwch y nodyn; mae Shift+F10 yn agor y ddewislen ar gyfer y nodiadau a ddewiswyd.</translation>
    </message>
    <message>
        <location line="+229"/>
        <source>Open the menu for what is chosen</source>
        <translation type="unfinished">Agor y ddewislen ar gyfer yr hyn a ddewiswyd</translation>
    </message>
    <message>
        <location line="-228"/>
        <source>F5 presents the board on a projector.</source>
        <translation type="unfinished">Mae F5 yn cyflwyno&apos;r bwrdd ar daflunydd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write people&apos;s words, not your summary of them. One person&apos;s point can matter more than many dots: mark it significant and say why.</source>
        <translation type="unfinished">Ysgrifennwch eiriau pobl, nid eich crynodeb chi ohonynt. Gall pwynt un person fod yn bwysicach na llawer o ddotiau: nodwch ef yn arwyddocaol a dweud pam.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Question wall</source>
        <translation type="unfinished">Wal gwestiynau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions people asked, answered on the day or parked for later.</source>
        <translation type="unfinished">Cwestiynau a ofynnodd pobl, wedi&apos;u hateb ar y diwrnod neu wedi&apos;u parcio tan yn nes ymlaen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add each question as it was asked.</source>
        <translation type="unfinished">Ychwanegwch bob cwestiwn fel y cafodd ei ofyn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer it now, or park it with an owner and a date.</source>
        <translation type="unfinished">Atebwch ef nawr, neu ei barcio gyda pherchennog a dyddiad.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Closing the loop: every parked question needs an owner and a date, and an answer sent back to the people who asked.</source>
        <translation type="unfinished">Cau&apos;r cylch: mae angen perchennog a dyddiad ar bob cwestiwn a barciwyd, ac ateb wedi&apos;i anfon yn ôl at y bobl a ofynnodd.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Key terms explained in plain English, to show on screen or print.</source>
        <translation type="unfinished">Termau allweddol wedi&apos;u hegluro mewn iaith glir, i&apos;w dangos ar y sgrin neu eu hargraffu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add or change a term; keep each explanation to one or two sentences.</source>
        <translation type="unfinished">Ychwanegwch neu newidiwch derm; cadwch bob esboniad i un neu ddwy frawddeg.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Making it understandable: explain automated decisions with everyday examples, and avoid jargon.</source>
        <translation type="unfinished">Ei wneud yn ddealladwy: eglurwch benderfyniadau awtomataidd gydag enghreifftiau bob dydd, ac osgoi jargon.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Feedback cards</source>
        <translation type="unfinished">Cardiau adborth</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cards with a code and a QR link that people take home to send feedback later, and the responses that came back.</source>
        <translation type="unfinished">Cardiau gyda chod a dolen QR y mae pobl yn mynd â nhw adref i anfon adborth yn nes ymlaen, a&apos;r ymatebion a ddaeth yn ôl.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print a batch of cards for a session.</source>
        <translation type="unfinished">Argraffwch swp o gardiau ar gyfer sesiwn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type in returns from paper, or import them from a file.</source>
        <translation type="unfinished">Teipiwch atebion o bapur, neu eu mewnforio o ffeil.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offer ways to respond without the internet too: phone, text and freepost.</source>
        <translation type="unfinished">Cynigiwch ffyrdd o ymateb heb y rhyngrwyd hefyd: ffôn, neges destun a rhadbost.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Scenario decks</source>
        <translation type="unfinished">Pecynnau senario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cards that describe a situation for people to react to.</source>
        <translation type="unfinished">Cardiau sy&apos;n disgrifio sefyllfa i bobl ymateb iddi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add or edit cards; print the deck, in large print if needed.</source>
        <translation type="unfinished">Ychwanegwch neu olygu cardiau; argraffwch y pecyn, mewn print bras os oes angen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use situations people recognise from their own lives.</source>
        <translation type="unfinished">Defnyddiwch sefyllfaoedd y mae pobl yn eu hadnabod o&apos;u bywydau eu hunain.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Scenario cards</source>
        <translation type="unfinished">Cardiau senario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show one card at a time and record each table&apos;s reaction, hopes, fears, questions and changes they would make.</source>
        <translation type="unfinished">Dangoswch un cerdyn ar y tro a chofnodi ymateb, gobeithion, ofnau, cwestiynau a newidiadau pob bwrdd.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move between cards with the buttons or the keyboard.</source>
        <translation type="unfinished">Symudwch rhwng cardiau gyda&apos;r botymau neu&apos;r bysellfwrdd.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type each table&apos;s response in their own words.</source>
        <translation type="unfinished">Teipiwch ymateb pob bwrdd yn eu geiriau eu hunain.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give tables time to talk before asking for a reaction.</source>
        <translation type="unfinished">Rhowch amser i fyrddau siarad cyn gofyn am ymateb.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Workshop helps you plan and run co-production sessions with residents about automated decisions and AI in public services, keep the record, and report back.</source>
        <translation type="unfinished">Mae Workshop yn eich helpu i gynllunio a chynnal sesiynau cydgynhyrchu gyda thrigolion am benderfyniadau awtomataidd a deallusrwydd artiffisial mewn gwasanaethau cyhoeddus, cadw&apos;r cofnod, ac adrodd yn ôl.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a screen or a session in the list on the left.</source>
        <translation type="unfinished">Dewiswch sgrin neu sesiwn yn y rhestr ar y chwith.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything is saved as you go; Edit &gt; Undo takes a change back.</source>
        <translation type="unfinished">Caiff popeth ei gadw wrth i chi fynd; mae Golygu &gt; Dadwneud yn dadwneud newid.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File &gt; Open opens another programme file; Save a copy makes a backup.</source>
        <translation type="unfinished">Mae Ffeil &gt; Agor yn agor ffeil rhaglen arall; mae Cadw copi yn gwneud copi wrth gefn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set expectations, reach people who are seldom heard, make sessions accessible, pay people for their time, and close the loop by publishing what you did.</source>
        <translation type="unfinished">Gosodwch ddisgwyliadau, cyrraedd pobl na chlywir yn aml, gwneud sesiynau&apos;n hygyrch, talu pobl am eu hamser, a chau&apos;r cylch drwy gyhoeddi beth wnaethoch chi.</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>%s menu</source>
        <translation type="unfinished">Dewislen %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On this screen</source>
        <translation type="unfinished">Ar y sgrin hon</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Everywhere</source>
        <translation type="unfinished">Ym mhobman</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move to the next control</source>
        <translation type="unfinished">Symud i&apos;r rheolydd nesaf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move to the previous control</source>
        <translation type="unfinished">Symud i&apos;r rheolydd blaenorol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press the focused button or tick the focused box</source>
        <translation type="unfinished">Pwyso&apos;r botwm sydd â&apos;r ffocws neu dicio&apos;r blwch sydd â&apos;r ffocws</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Space</source>
        <translation type="unfinished">Bylchwr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use a menu or a labelled box</source>
        <translation type="unfinished">Defnyddio dewislen neu flwch â label</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alt + the underlined letter</source>
        <translation type="unfinished">Alt + y llythyren sydd wedi&apos;i thanlinellu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the cell with the focus in a table</source>
        <translation type="unfinished">Newid y gell sydd â&apos;r ffocws mewn tabl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close a window like this one</source>
        <translation type="unfinished">Cau ffenestr fel hon</translation>
    </message>
    <message>
        <location filename="../ui/raise_point.py" line="+57"/>
        <source>Raise as point</source>
        <translation type="unfinished">Codi fel pwynt</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Add to point</source>
        <translation type="unfinished">Ychwanegu at bwynt</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>[Significant] </source>
        <translation type="unfinished">[Arwyddocaol] </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 source</source>
        <translation type="unfinished">1 ffynhonnell</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%n sources</source>
        <translation type="unfinished">%n ffynhonnell</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>Point raised: “%1”.</source>
        <translation type="unfinished">Pwynt wedi&apos;i godi: “%1”.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Added to the point “%1”.</source>
        <translation type="unfinished">Wedi&apos;i ychwanegu at y pwynt “%1”.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Open it</source>
        <translation type="unfinished">&amp;Ei agor</translation>
    </message>
    <message>
        <location filename="../ui/reliability_menu.py" line="+34"/>
        <source>&amp;Restore from backup…</source>
        <translation type="unfinished">&amp;Adfer o gopi wrth gefn…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Merge another file…</source>
        <translation type="unfinished">C&amp;yfuno ffeil arall…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Back up now</source>
        <translation type="unfinished">Gwneud copi &amp;wrth gefn nawr</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Personal data of %1 is due for removal: Tools &gt; Personal data due for removal…</source>
        <translation type="unfinished">Mae data personol %1 i&apos;w ddileu: Offer &gt; Data personol sydd i&apos;w ddileu…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 session</source>
        <translation type="unfinished">1 sesiwn</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="-73"/>
        <source>&amp;Tools</source>
        <translation type="unfinished">&amp;Offer</translation>
    </message>
    <message>
        <location filename="../ui/reliability_menu.py" line="-38"/>
        <source>&amp;Personal data due for removal…</source>
        <translation type="unfinished">Data &amp;personol sydd i&apos;w ddileu…</translation>
    </message>
    <message>
        <location line="+62"/>
        <location line="+18"/>
        <source>Backed up at %s</source>
        <translation type="unfinished">Copi wrth gefn am %s</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Not backed up</source>
        <translation type="unfinished">Dim copi wrth gefn</translation>
    </message>
    <message>
        <location filename="../ui/board/presentation_pages.py" line="+19"/>
        <source>%1 (%2 of %3)</source>
        <translation type="unfinished">%1 (%2 o %3)</translation>
    </message>
    <message>
        <location filename="../ui/scan_bring_in.py" line="+29"/>
        <source>Bring in &amp;scans…</source>
        <translation type="unfinished">Dod â &amp;sganiau i mewn…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Type in scanned paper…</source>
        <translation type="unfinished">&amp;Teipio papur a sganiwyd…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Bring in scans of returned cards and forms</source>
        <translation type="unfinished">Dod â sganiau o gardiau a ffurflenni a ddychwelwyd i mewn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scans and photos (*.pdf *.jpg *.jpeg *.png);;All files (*)</source>
        <translation type="unfinished">Sganiau a lluniau (*.pdf *.jpg *.jpeg *.png);;Pob ffeil (*)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Scans not brought in</source>
        <translation type="unfinished">Ni ddaethpwyd â&apos;r sganiau i mewn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the scans stopped: %s. Nothing was added from the file being read.</source>
        <translation type="unfinished">Daeth darllen y sganiau i ben: %s. Ni ychwanegwyd dim o&apos;r ffeil oedd yn cael ei darllen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading the scans…</source>
        <translation type="unfinished">Yn darllen y sganiau…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading the scans… %1 %</source>
        <translation type="unfinished">Yn darllen y sganiau… %1 %</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>1 page read</source>
        <translation type="unfinished">Darllenwyd 1 dudalen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%n pages read</source>
        <translation type="unfinished">Darllenwyd %n tudalen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 matched, %2 already returned, %3 with no code.</source>
        <translation type="unfinished">%1 wedi&apos;u paru, %2 wedi&apos;u dychwelyd eisoes, %3 heb god.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>1 page had been brought in before and added nothing.</source>
        <translation type="unfinished">Roedd 1 dudalen wedi dod i mewn o&apos;r blaen ac ni ychwanegodd ddim.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%n pages had been brought in before and added nothing.</source>
        <translation type="unfinished">Roedd %n tudalen wedi dod i mewn o&apos;r blaen ac ni ychwanegwyd dim.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Type them in</source>
        <translation type="unfinished">Eu teipio i mewn</translation>
    </message>
    <message>
        <location filename="../ui/board/column_actions.py" line="-70"/>
        <source>Add column</source>
        <translation type="unfinished">Ychwanegu colofn</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+14"/>
        <source>Column title:</source>
        <translation type="unfinished">Teitl y golofn:</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+8"/>
        <source>Rename column</source>
        <translation type="unfinished">Ailenwi&apos;r golofn</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Move column</source>
        <translation type="unfinished">Symud colofn</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This column has 1 note. Delete the column and its note? Undo brings it back.</source>
        <translation type="unfinished">Mae gan y golofn hon 1 nodyn. Dileu&apos;r golofn a&apos;i nodyn? Mae Dadwneud yn dod ag ef yn ôl.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This column has %1 notes. Delete the column and its notes? Undo brings them back.</source>
        <translation type="unfinished">Mae gan y golofn hon %1 nodyn. Dileu&apos;r golofn a&apos;i nodiadau? Mae Dadwneud yn dod â nhw&apos;n ôl.</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../ui/about.py" line="+65"/>
        <source>About Workshop</source>
        <translation type="unfinished">Ynghylch Workshop</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Workshop %1</source>
        <translation type="unfinished">Workshop %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Run co-production sessions with residents about automated decisions and AI in public services. Works without the internet; everything is saved as you go in one programme file.</source>
        <translation type="unfinished">Cynnal sesiynau cydgynhyrchu gyda thrigolion am benderfyniadau awtomataidd a deallusrwydd artiffisial mewn gwasanaethau cyhoeddus. Mae&apos;n gweithio heb y rhyngrwyd; caiff popeth ei gadw wrth i chi fynd, mewn un ffeil rhaglen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Workshop is free software under the MIT licence. It is built on the parts below, each under its own licence. Choose one to read its notice.</source>
        <translation type="unfinished">Mae Workshop yn feddalwedd rydd o dan drwydded MIT. Mae wedi&apos;i adeiladu ar y rhannau isod, pob un o dan ei drwydded ei hun. Dewiswch un i ddarllen ei hysbysiad.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Parts and their licences</source>
        <translation type="unfinished">Rhannau a&apos;u trwyddedau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Part</source>
        <translation type="unfinished">Rhan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Licence</source>
        <translation type="unfinished">Trwydded</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Licence notice</source>
        <translation type="unfinished">Hysbysiad trwydded</translation>
    </message>
</context>
<context>
    <name>AccessPage</name>
    <message>
        <location filename="../ui/access_page.py" line="+26"/>
        <source>Provision</source>
        <translation type="unfinished">Darpariaeth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation type="unfinished">Iaith</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation type="unfinished">Statws</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation type="unfinished">Nodyn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost</source>
        <translation type="unfinished">Cost</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provisions</source>
        <translation type="unfinished">Darpariaethau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>provision</source>
        <translation type="unfinished">darpariaeth</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For a language interpreter, type the language. Double-click or press F2 to change a cell.</source>
        <translation type="unfinished">Ar gyfer cyfieithydd iaith, teipiwch yr iaith. Cliciwch ddwywaith neu pwyswch F2 i newid cell.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Adjustment asked for</source>
        <translation type="unfinished">Addasiad y gofynnwyd amdano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation type="unfinished">Canlyniad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Access requests</source>
        <translation type="unfinished">Ceisiadau mynediad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Describe the adjustment</source>
        <translation type="unfinished">Disgrifiwch yr addasiad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>request</source>
        <translation type="unfinished">cais</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the adjustment asked for (for example &apos;seat near the front to lip-read&apos;), never a diagnosis or a name.</source>
        <translation type="unfinished">Ysgrifennwch yr addasiad y gofynnwyd amdano (er enghraifft &apos;sedd ger y blaen i ddarllen gwefusau&apos;), byth ddiagnosis nac enw.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Warning about access requests</source>
        <translation type="unfinished">Rhybudd am geisiadau mynediad</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Supporting people to take part: book what the session needs and record what people asked for and whether it was met.</source>
        <translation type="unfinished">Helpu pobl i gymryd rhan: archebwch yr hyn sydd ei angen ar y sesiwn a chofnodwch beth ofynnodd pobl amdano ac a gafodd ei ddiwallu.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Request %1 seems to hold a name or contact details (%2). Write the adjustment only: the packs take these out, but the file keeps them.</source>
        <translation type="unfinished">Mae&apos;n ymddangos bod cais %1 yn cynnwys enw neu fanylion cyswllt (%2). Ysgrifennwch yr addasiad yn unig: mae&apos;r pecynnau&apos;n tynnu&apos;r rhain allan, ond mae&apos;r ffeil yn eu cadw.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%d provisions costing %s · %d of %d requests met, %d partly met</source>
        <translation type="unfinished">%d darpariaeth yn costio %s · %d o %d cais wedi&apos;u diwallu, %d yn rhannol</translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <location filename="../ui/agenda/page.py" line="+48"/>
        <source>Agenda</source>
        <translation type="unfinished">Agenda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starts</source>
        <translation type="unfinished">Yn dechrau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Exercise</source>
        <translation type="unfinished">Ymarfer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation type="unfinished">Math</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Minutes</source>
        <translation type="unfinished">Munudau</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Kind of exercise to add</source>
        <translation type="unfinished">Math o ymarfer i&apos;w ychwanegu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Board template</source>
        <translation type="unfinished">Templed bwrdd</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Title of exercise to add</source>
        <translation type="unfinished">Teitl yr ymarfer i&apos;w ychwanegu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title, e.g. Hopes and fears</source>
        <translation type="unfinished">Teitl, e.e. Gobeithion ac ofnau</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> min</source>
        <translation type="unfinished"> mun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes for exercise to add</source>
        <translation type="unfinished">Munudau ar gyfer yr ymarfer i&apos;w ychwanegu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;dd</source>
        <translation type="unfinished">Yc&amp;hwanegu</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Re&amp;move</source>
        <translation type="unfinished">&amp;Tynnu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T&amp;ime this exercise</source>
        <translation type="unfinished">&amp;Amseru&apos;r ymarfer hwn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timer fu&amp;ll screen</source>
        <translation type="unfinished">Amserydd sgrin &amp;lawn</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Add exercise</source>
        <translation type="unfinished">Ychwanegu ymarfer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Move &amp;up</source>
        <translation type="unfinished">Symud &amp;i fyny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move do&amp;wn</source>
        <translation type="unfinished">Sy&amp;mud i lawr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open board</source>
        <translation type="unfinished">Ago&amp;r y bwrdd</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Show the timer full screen</source>
        <translation type="unfinished">Dangos yr amserydd ar sgrin lawn</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Total: %1 h %2 min</source>
        <translation type="unfinished">Cyfanswm: %1 awr %2 mun</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Change exercise</source>
        <translation type="unfinished">Newid ymarfer</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Remove %1</source>
        <translation type="unfinished">Tynnu %1</translation>
    </message>
</context>
<context>
    <name>BoardWidget</name>
    <message>
        <location filename="../ui/board/board_widget.py" line="-220"/>
        <source>Board</source>
        <translation type="unfinished">Bwrdd</translation>
    </message>
    <message>
        <location filename="../ui/board/list_model.py" line="+64"/>
        <source>Notes on this board</source>
        <translation type="unfinished">Nodiadau ar y bwrdd hwn</translation>
    </message>
    <message>
        <location filename="../ui/board/board_widget.py" line="+10"/>
        <source>Column for new notes</source>
        <translation type="unfinished">Colofn ar gyfer nodiadau newydd</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New note</source>
        <translation type="unfinished">Nodyn newydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a note and press Enter. Tab changes column.</source>
        <translation type="unfinished">Teipiwch nodyn a phwyso Enter. Mae Tab yn newid colofn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Table or group for new notes</source>
        <translation type="unfinished">Bwrdd neu grŵp ar gyfer nodiadau newydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table or group</source>
        <translation type="unfinished">Bwrdd neu grŵp</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Participant code for the next note</source>
        <translation type="unfinished">Cod cyfranogwr ar gyfer y nodyn nesaf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code, e.g. P-017</source>
        <translation type="unfinished">Cod, e.e. P-017</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add to &amp;column:</source>
        <translation type="unfinished">Ychwanegu i&apos;r &amp;golofn:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Board actions</source>
        <translation type="unfinished">Camau&apos;r bwrdd</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+280"/>
        <source>Colour for the chosen notes</source>
        <translation type="unfinished">Lliw ar gyfer y nodiadau a ddewiswyd</translation>
    </message>
    <message>
        <location line="-279"/>
        <source>Mixed colours</source>
        <translation type="unfinished">Lliwiau cymysg</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Dots per person</source>
        <translation type="unfinished">Dotiau i bob person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dots each: </source>
        <translation type="unfinished">Dotiau yr un: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>People voting</source>
        <translation type="unfinished">Pobl yn pleidleisio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People: </source>
        <translation type="unfinished">Pobl: </translation>
    </message>
    <message>
        <location line="+221"/>
        <source>Dots used: %1 of %2</source>
        <translation type="unfinished">Dotiau wedi&apos;u defnyddio: %1 o %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dots used: %1 (no limit)</source>
        <translation type="unfinished">Dotiau wedi&apos;u defnyddio: %1 (dim terfyn)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Colour of the chosen notes:</source>
        <translation type="unfinished">Lliw&apos;r nodiadau a ddewiswyd:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next note&apos;s colour:</source>
        <translation type="unfinished">Lliw&apos;r nodyn nesaf:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Colour of the next note typed</source>
        <translation type="unfinished">Lliw&apos;r nodyn nesaf a deipir</translation>
    </message>
    <message>
        <location line="+157"/>
        <source>Edit note</source>
        <translation type="unfinished">Golygu nodyn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set table or group</source>
        <translation type="unfinished">Gosod bwrdd neu grŵp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set participant code</source>
        <translation type="unfinished">Gosod cod cyfranogwr</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete note</source>
        <translation type="unfinished">Dileu nodyn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete notes</source>
        <translation type="unfinished">Dileu nodiadau</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Colour notes</source>
        <translation type="unfinished">Lliwio nodiadau</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Add a dot</source>
        <translation type="unfinished">Ychwanegu dot</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Take a dot off</source>
        <translation type="unfinished">Tynnu dot</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remove significant flag</source>
        <translation type="unfinished">Tynnu&apos;r faner arwyddocaol</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Significant</source>
        <translation type="unfinished">Arwyddocaol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why must this point not be outvoted? (It will appear in every summary.)</source>
        <translation type="unfinished">Pam na ddylai&apos;r pwynt hwn gael ei drechu gan bleidleisiau? (Bydd yn ymddangos ym mhob crynodeb.)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Flag as significant</source>
        <translation type="unfinished">Nodi&apos;n arwyddocaol</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose the notes to group first.</source>
        <translation type="unfinished">Dewiswch y nodiadau i&apos;w grwpio yn gyntaf.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New theme</source>
        <translation type="unfinished">Thema newydd</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+15"/>
        <source>Theme title:</source>
        <translation type="unfinished">Teitl y thema:</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+9"/>
        <source>Rename theme</source>
        <translation type="unfinished">Ailenwi&apos;r thema</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Set dots per person</source>
        <translation type="unfinished">Gosod dotiau i bob person</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Show list</source>
        <translation type="unfinished">Dangos rhestr</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show board</source>
        <translation type="unfinished">Dangos y bwrdd</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Save board picture</source>
        <translation type="unfinished">Cadw llun o&apos;r bwrdd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG picture (*.png)</source>
        <translation type="unfinished">Llun PNG (*.png)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Picture not saved</source>
        <translation type="unfinished">Ni chadwyd y llun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The picture could not be drawn: %s. Nothing was saved.</source>
        <translation type="unfinished">Nid oedd modd creu&apos;r llun: %s. Ni chadwyd dim.</translation>
    </message>
</context>
<context>
    <name>CardModePage</name>
    <message>
        <location filename="../ui/card_mode.py" line="+119"/>
        <source>Scenario cards views</source>
        <translation type="unfinished">Golygfeydd cardiau senario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the cards</source>
        <translation type="unfinished">Rhedeg y cardiau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summary of reactions</source>
        <translation type="unfinished">Crynodeb o ymatebion</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Deck</source>
        <translation type="unfinished">Pecyn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>◀ &amp;Previous</source>
        <translation type="unfinished">◀ B&amp;laenorol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous card</source>
        <translation type="unfinished">Cerdyn blaenorol</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Which card</source>
        <translation type="unfinished">Pa gerdyn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next ▶</source>
        <translation type="unfinished">&amp;Nesaf ▶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next card</source>
        <translation type="unfinished">Cerdyn nesaf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A−</source>
        <translation type="unfinished">A−</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smaller card text</source>
        <translation type="unfinished">Testun cerdyn llai</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A+</source>
        <translation type="unfinished">A+</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Larger card text</source>
        <translation type="unfinished">Testun cerdyn mwy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show on pro&amp;jector (F5)</source>
        <translation type="unfinished">Dangos ar y &amp;taflunydd (F5)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Tab&amp;le:</source>
        <translation type="unfinished">Bw&amp;rdd:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>H&amp;opes:</source>
        <translation type="unfinished">Gob&amp;eithion:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fea&amp;rs:</source>
        <translation type="unfinished">Ofn&amp;au:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes wante&amp;d:</source>
        <translation type="unfinished">Newidiadau a &amp;ddymunir:</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>Show the card full screen</source>
        <translation type="unfinished">Dangos y cerdyn ar sgrin lawn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deck:</source>
        <translation type="unfinished">Pecyn:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The card</source>
        <translation type="unfinished">Y cerdyn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Key terms on this card and what they mean</source>
        <translation type="unfinished">Termau allweddol ar y cerdyn hwn a&apos;u hystyr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key terms</source>
        <translation type="unfinished">Termau allweddol</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>What the table said</source>
        <translation type="unfinished">Beth ddywedodd y bwrdd</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Table</source>
        <translation type="unfinished">Bwrdd</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reaction</source>
        <translation type="unfinished">Ymateb</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Alt and the number chooses a reaction.</source>
        <translation type="unfinished">Mae Alt a&apos;r rhif yn dewis ymateb.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reaction:</source>
        <translation type="unfinished">Ymateb:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Questions:</source>
        <translation type="unfinished">Cwest&amp;iynau:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Lan&amp;guage:</source>
        <translation type="unfinished">Iait&amp;h:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save and next table (Ctrl+Enter)</source>
        <translation type="unfinished">Cadw a&apos;r bwrdd nesaf (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save and go to the next table</source>
        <translation type="unfinished">Cadw a mynd i&apos;r bwrdd nesaf</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What each table said about this card</source>
        <translation type="unfinished">Beth ddywedodd pob bwrdd am y cerdyn hwn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Raise as point…</source>
        <translation type="unfinished">Codi fel pwynt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raise the chosen table&apos;s response as a point</source>
        <translation type="unfinished">Codi ymateb y bwrdd a ddewiswyd fel pwynt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This card in this session:</source>
        <translation type="unfinished">Y cerdyn hwn yn y sesiwn hon:</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>No cards</source>
        <translation type="unfinished">Dim cardiau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This deck has no cards yet.</source>
        <translation type="unfinished">Does dim cardiau yn y pecyn hwn eto.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Card %1 of %2</source>
        <translation type="unfinished">Cerdyn %1 o %2</translation>
    </message>
    <message>
        <location line="+90"/>
        <location line="+9"/>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>no reaction yet</source>
        <translation type="unfinished">dim ymateb eto</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Table %1</source>
        <translation type="unfinished">Bwrdd %1</translation>
    </message>
</context>
<context>
    <name>CardSummaryView</name>
    <message>
        <location filename="../ui/card_summary.py" line="+46"/>
        <source>Reactions to each card</source>
        <translation type="unfinished">Ymatebion i bob cerdyn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Card</source>
        <translation type="unfinished">Cerdyn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tables</source>
        <translation type="unfinished">Byrddau</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>What every table said about the chosen card</source>
        <translation type="unfinished">Beth ddywedodd pob bwrdd am y cerdyn a ddewiswyd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Counts are tables, across every session in this programme. Choose a card to read what each table said.</source>
        <translation type="unfinished">Byrddau yw&apos;r cyfrifon, ar draws pob sesiwn yn y rhaglen hon. Dewiswch gerdyn i ddarllen beth ddywedodd pob bwrdd.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>no reaction</source>
        <translation type="unfinished">dim ymateb</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 %2</source>
        <translation type="unfinished">%1 %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>, </source>
        <translation type="unfinished">, </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No reactions yet</source>
        <translation type="unfinished">Dim ymatebion eto</translation>
    </message>
</context>
<context>
    <name>ColumnRolesDialog</name>
    <message>
        <location filename="../ui/feedback_columns.py" line="+27"/>
        <source>How to read this form</source>
        <translation type="unfinished">Sut i ddarllen y ffurflen hon</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Answer: people&apos;s words, may be quoted in packs</source>
        <translation type="unfinished">Ateb: geiriau pobl, gellir eu dyfynnu mewn pecynnau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal: kept private, removed at the purge date</source>
        <translation type="unfinished">Personol: yn cael ei gadw&apos;n breifat, yn cael ei ddileu ar y dyddiad dileu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card code</source>
        <translation type="unfinished">Cod y cerdyn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When it was sent</source>
        <translation type="unfinished">Pryd y cafodd ei anfon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not imported</source>
        <translation type="unfinished">Heb ei fewnforio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is the first time answers from this form are imported (%1). Check what each column holds. Only answers can be quoted in a pack; names, phone numbers, emails and addresses must be Personal.</source>
        <translation type="unfinished">Dyma&apos;r tro cyntaf i atebion o&apos;r ffurflen hon gael eu mewnforio (%1). Gwiriwch beth sydd ym mhob colofn. Dim ond atebion y gellir eu dyfynnu mewn pecyn; rhaid nodi enwau, rhifau ffôn, cyfeiriadau e-bost a chyfeiriadau post fel Personol.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What the column %1 holds</source>
        <translation type="unfinished">Beth sydd yn y golofn %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Import</source>
        <translation type="unfinished">&amp;Mewnforio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation type="unfinished">Canslo</translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <location filename="../ui/agenda/timer.py" line="+72"/>
        <source>Time left</source>
        <translation type="unfinished">Amser ar ôl</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+112"/>
        <source>Sta&amp;rt</source>
        <translation type="unfinished">&amp;Dechrau</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>Start or pause the timer</source>
        <translation type="unfinished">Dechrau neu oedi&apos;r amserydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+&amp;5 minutes</source>
        <translation type="unfinished">+&amp;5 munud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add five minutes</source>
        <translation type="unfinished">Ychwanegu pum munud</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>&amp;Pause</source>
        <translation type="unfinished">O&amp;edi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Running</source>
        <translation type="unfinished">Yn rhedeg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time is up</source>
        <translation type="unfinished">Mae&apos;r amser ar ben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not started</source>
        <translation type="unfinished">Heb ddechrau</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Paused</source>
        <translation type="unfinished">Wedi oedi</translation>
    </message>
</context>
<context>
    <name>DeckEditor</name>
    <message>
        <location filename="../ui/deck_editor.py" line="-45"/>
        <source>Scenario decks</source>
        <translation type="unfinished">Pecynnau senario</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Decks in this programme</source>
        <translation type="unfinished">Pecynnau yn y rhaglen hon</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decks</source>
        <translation type="unfinished">Pecynnau</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print in large print</source>
        <translation type="unfinished">Argraffu mewn print bras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>18 pt, one card to a page</source>
        <translation type="unfinished">18 pwynt, un cerdyn i bob tudalen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cards</source>
        <translation type="unfinished">Cardiau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deck title</source>
        <translation type="unfinished">Teitl y pecyn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cards in the deck</source>
        <translation type="unfinished">Cardiau yn y pecyn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deck title:</source>
        <translation type="unfinished">Teitl y pecyn:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Add card</source>
        <translation type="unfinished">&amp;Ychwanegu cerdyn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a card</source>
        <translation type="unfinished">Ychwanegu cerdyn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up</source>
        <translation type="unfinished">I fyny</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the card up</source>
        <translation type="unfinished">Symud y cerdyn i fyny</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Down</source>
        <translation type="unfinished">I lawr</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the card down</source>
        <translation type="unfinished">Symud y cerdyn i lawr</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete card…</source>
        <translation type="unfinished">Dileu cerdyn…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the chosen card</source>
        <translation type="unfinished">Dileu&apos;r cerdyn a ddewiswyd</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The card</source>
        <translation type="unfinished">Y cerdyn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Card title</source>
        <translation type="unfinished">Teitl y cerdyn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Title:</source>
        <translation type="unfinished">&amp;Teitl:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Story about a person:</source>
        <translation type="unfinished">&amp;Stori am berson:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the s&amp;ystem does:</source>
        <translation type="unfinished">Beth mae&apos;r s&amp;ystem yn ei wneud:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hope:</source>
        <translation type="unfinished">&amp;Gobaith:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Worry:</source>
        <translation type="unfinished">&amp;Pryder:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Key terms, separated by commas</source>
        <translation type="unfinished">Termau allweddol, wedi&apos;u gwahanu gan atalnodau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Glossary terms, separated by commas</source>
        <translation type="unfinished">Termau geirfa, wedi&apos;u gwahanu gan atalnodau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Key terms:</source>
        <translation type="unfinished">Termau &amp;allweddol:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Questions for the table, one a line</source>
        <translation type="unfinished">Cwestiynau i&apos;r bwrdd, un ar bob llinell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One question on each line</source>
        <translation type="unfinished">Un cwestiwn ar bob llinell</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Questions:</source>
        <translation type="unfinished">&amp;Cwestiynau:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Plain-English check</source>
        <translation type="unfinished">Gwiriad Saesneg clir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Words to explain or change</source>
        <translation type="unfinished">Geiriau i&apos;w hegluro neu eu newid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plain English:</source>
        <translation type="unfinished">Saesneg clir:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words to check:</source>
        <translation type="unfinished">Geiriau i&apos;w gwirio:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What the law says, and where it comes from</source>
        <translation type="unfinished">Beth mae&apos;r gyfraith yn ei ddweud, ac o ble mae&apos;n dod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The law:</source>
        <translation type="unfinished">Y gyfraith:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 (%2 cards)</source>
        <translation type="unfinished">%1 (%2 cerdyn)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source> (could be plainer)</source>
        <translation type="unfinished"> (gallai fod yn gliriach)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>No statements about the law on this card.</source>
        <translation type="unfinished">Dim datganiadau am y gyfraith ar y cerdyn hwn.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (Source: %2, %3. Checked %4.)</source>
        <translation type="unfinished">%1 (Ffynhonnell: %2, %3. Gwiriwyd %4.)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Some of this was checked more than a year ago: the law may have changed. Check the sources before you print the card.</source>
        <translation type="unfinished">Cafodd peth o hyn ei wirio fwy na blwyddyn yn ôl: efallai fod y gyfraith wedi newid. Gwiriwch y ffynonellau cyn i chi argraffu&apos;r cerdyn.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Nothing to check yet.</source>
        <translation type="unfinished">Dim i&apos;w wirio eto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plain English.</source>
        <translation type="unfinished">Saesneg clir.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Could be plainer.</source>
        <translation type="unfinished">Gallai fod yn gliriach.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 Reading ease %2 (aim for %3 or more); longest sentence %4 words (aim for %5 or fewer).</source>
        <translation type="unfinished">%1 Rhwyddineb darllen %2 (anelwch at %3 neu fwy); y frawddeg hiraf %4 gair (anelwch at %5 neu lai).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The reading check is for English text.</source>
        <translation type="unfinished">Mae&apos;r gwiriad darllen ar gyfer testun Saesneg.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not in plain English or the glossary: %1. Use an everyday word, or add it to the glossary.</source>
        <translation type="unfinished">Ddim mewn Saesneg clir nac yn yr eirfa: %1. Defnyddiwch air bob dydd, neu ei ychwanegu at yr eirfa.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Key terms not in the glossary yet: %1.</source>
        <translation type="unfinished">Termau allweddol nad ydynt yn yr eirfa eto: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None.</source>
        <translation type="unfinished">Dim.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Change card</source>
        <translation type="unfinished">Newid cerdyn</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Rename deck</source>
        <translation type="unfinished">Ailenwi&apos;r pecyn</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New deck</source>
        <translation type="unfinished">Pecyn newydd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The deck&apos;s title:</source>
        <translation type="unfinished">Teitl y pecyn:</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+24"/>
        <source>New card</source>
        <translation type="unfinished">Cerdyn newydd</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>%1 (my copy)</source>
        <translation type="unfinished">%1 (fy nghopi)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add card</source>
        <translation type="unfinished">Ychwanegu cerdyn</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Delete card</source>
        <translation type="unfinished">Dileu cerdyn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the card &apos;%1&apos;? What tables said about it goes too. You can undo this.</source>
        <translation type="unfinished">Dileu&apos;r cerdyn &apos;%1&apos;? Bydd yr hyn a ddywedodd byrddau amdano&apos;n mynd hefyd. Gallwch ddadwneud hyn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+18"/>
        <source>Delete</source>
        <translation type="unfinished">Dileu</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Delete deck</source>
        <translation type="unfinished">Dileu pecyn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the deck &apos;%1&apos; and all its cards, with what tables said about them? You can undo this.</source>
        <translation type="unfinished">Dileu&apos;r pecyn &apos;%1&apos; a&apos;i holl gardiau, gyda&apos;r hyn a ddywedodd byrddau amdanynt? Gallwch ddadwneud hyn.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import a deck file</source>
        <translation type="unfinished">Mewnforio ffeil pecyn</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Deck not imported</source>
        <translation type="unfinished">Ni fewnforiwyd y pecyn</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export the deck</source>
        <translation type="unfinished">Allforio&apos;r pecyn</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deck not exported</source>
        <translation type="unfinished">Ni allforiwyd y pecyn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved the deck to %1.</source>
        <translation type="unfinished">Cadwyd y pecyn i %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Print the deck to PDF</source>
        <translation type="unfinished">Argraffu&apos;r pecyn i PDF</translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+12"/>
        <source>Deck not printed</source>
        <translation type="unfinished">Ni argraffwyd y pecyn</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>The deck could not be laid out: %s. Nothing was printed.</source>
        <translation type="unfinished">Nid oedd modd gosod y pecyn: %s. Ni argraffwyd dim.</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>one card side to a page in large print</source>
        <translation type="unfinished">un ochr cerdyn i bob tudalen mewn print bras</translation>
    </message>
    <message>
        <location line="-469"/>
        <source>&amp;Large print</source>
        <translation type="unfinished">Print &amp;bras</translation>
    </message>
    <message>
        <location line="+472"/>
        <source>four cards to a sheet; print both sides, flipping on the long edge, then cut</source>
        <translation type="unfinished">pedwar cerdyn i bob dalen; argraffwch y ddwy ochr, gan droi ar yr ymyl hir, yna torri</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved %1 (%2).</source>
        <translation type="unfinished">Cadwyd %1 (%2).</translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <location filename="../ui/details_page.py" line="+31"/>
        <source>title</source>
        <translation type="unfinished">teitl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date and time</source>
        <translation type="unfinished">dyddiad ac amser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>venue</source>
        <translation type="unfinished">lleoliad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>address</source>
        <translation type="unfinished">cyfeiriad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>access notes</source>
        <translation type="unfinished">nodiadau mynediad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>format</source>
        <translation type="unfinished">fformat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>partners</source>
        <translation type="unfinished">partneriaid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>facilitators</source>
        <translation type="unfinished">hwyluswyr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status</source>
        <translation type="unfinished">statws</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Session title</source>
        <translation type="unfinished">Teitl y sesiwn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation type="unfinished">Dyddiad</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No date yet</source>
        <translation type="unfinished">Dim dyddiad eto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start time</source>
        <translation type="unfinished">Amser dechrau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End time</source>
        <translation type="unfinished">Amser gorffen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Venue name</source>
        <translation type="unfinished">Enw&apos;r lleoliad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Venue address</source>
        <translation type="unfinished">Cyfeiriad y lleoliad</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Venue access notes</source>
        <translation type="unfinished">Nodiadau mynediad y lleoliad</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>For example: step-free entrance on Market Square; lift to first floor; accessible toilet on the ground floor.</source>
        <translation type="unfinished">Er enghraifft: mynedfa heb risiau ar Sgwâr y Farchnad; lifft i&apos;r llawr cyntaf; toiled hygyrch ar y llawr gwaelod.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Format</source>
        <translation type="unfinished">Fformat</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Partner organisations</source>
        <translation type="unfinished">Sefydliadau partner</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Separate names with a semicolon</source>
        <translation type="unfinished">Gwahanwch enwau â hanner colon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Facilitators</source>
        <translation type="unfinished">Hwyluswyr</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <translation type="unfinished">Statws</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>from</source>
        <translation type="unfinished">o</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>to</source>
        <translation type="unfinished">i</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What, when and where. Everything is saved as soon as you leave a box; use Edit &gt; Undo to take a change back.</source>
        <translation type="unfinished">Beth, pryd a ble. Caiff popeth ei gadw cyn gynted ag y byddwch yn gadael blwch; defnyddiwch Golygu &gt; Dadwneud i ddadwneud newid.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>T&amp;itle</source>
        <translation type="unfinished">&amp;Teitl</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ve&amp;nue</source>
        <translation type="unfinished">&amp;Lleoliad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Access n&amp;otes</source>
        <translation type="unfinished">&amp;Nodiadau mynediad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For&amp;mat</source>
        <translation type="unfinished">Ffor&amp;mat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stat&amp;us</source>
        <translation type="unfinished">St&amp;atws</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>&amp;When</source>
        <translation type="unfinished">&amp;Pryd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add&amp;ress</source>
        <translation type="unfinished">Cyf&amp;eiriad</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Partners</source>
        <translation type="unfinished">Pa&amp;rtneriaid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Faci&amp;litators</source>
        <translation type="unfinished">&amp;Hwyluswyr</translation>
    </message>
</context>
<context>
    <name>ExpectationsPage</name>
    <message>
        <location filename="../ui/expectations_page.py" line="+23"/>
        <source>programme title</source>
        <translation type="unfinished">teitl y rhaglen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>organisation</source>
        <translation type="unfinished">sefydliad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>what it is about</source>
        <translation type="unfinished">beth yw ei phwrpas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>what can change</source>
        <translation type="unfinished">beth all newid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>what cannot change</source>
        <translation type="unfinished">beth na all newid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>how feedback will be used</source>
        <translation type="unfinished">sut y defnyddir adborth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>when and where responses are published</source>
        <translation type="unfinished">pryd a ble y cyhoeddir ymatebion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>level of influence</source>
        <translation type="unfinished">lefel y dylanwad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date responses are due</source>
        <translation type="unfinished">dyddiad disgwyl ymatebion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>feedback address</source>
        <translation type="unfinished">cyfeiriad adborth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone number</source>
        <translation type="unfinished">rhif ffôn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text number</source>
        <translation type="unfinished">rhif neges destun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>freepost address</source>
        <translation type="unfinished">cyfeiriad rhadbost</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>data controller contact</source>
        <translation type="unfinished">cyswllt y rheolydd data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ethnic groups on the monitoring form</source>
        <translation type="unfinished">grwpiau ethnig ar y ffurflen fonitro</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Programme title</source>
        <translation type="unfinished">Teitl y rhaglen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation type="unfinished">Sefydliad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What this engagement is about</source>
        <translation type="unfinished">Am beth mae&apos;r ymgysylltu hwn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What this engagement can change</source>
        <translation type="unfinished">Beth all yr ymgysylltu hwn ei newid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: which information the system may use</source>
        <translation type="unfinished">Er enghraifft: pa wybodaeth y caiff y system ei defnyddio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What it cannot change</source>
        <translation type="unfinished">Beth na all ei newid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: the law on who qualifies</source>
        <translation type="unfinished">Er enghraifft: y gyfraith ar bwy sy&apos;n gymwys</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How feedback will be used</source>
        <translation type="unfinished">Sut y defnyddir adborth</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When and where responses will be published</source>
        <translation type="unfinished">Pryd a ble y cyhoeddir ymatebion</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Level of influence</source>
        <translation type="unfinished">Lefel y dylanwad</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Date responses are due</source>
        <translation type="unfinished">Dyddiad disgwyl ymatebion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YYYY-MM-DD, for example 2027-06-30</source>
        <translation type="unfinished">YYYY-MM-DD, er enghraifft 2027-06-30</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Feedback address for QR cards</source>
        <translation type="unfinished">Cyfeiriad adborth ar gyfer cardiau QR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://example.gov.uk/have-your-say?card={code}</source>
        <translation type="unfinished">https://example.llyw.cymru/dweud-eich-dweud?card={code}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone number for feedback</source>
        <translation type="unfinished">Rhif ffôn ar gyfer adborth</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ethnic groups on the monitoring form</source>
        <translation type="unfinished">Grwpiau ethnig ar y ffurflen fonitro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text message number for feedback</source>
        <translation type="unfinished">Rhif neges destun ar gyfer adborth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Freepost address for feedback</source>
        <translation type="unfinished">Cyfeiriad rhadbost ar gyfer adborth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data controller contact</source>
        <translation type="unfinished">Cyswllt y rheolydd data</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>These expectations belong to the whole programme: changing them here changes them for every session. Tell people these at the start.</source>
        <translation type="unfinished">Mae&apos;r disgwyliadau hyn yn perthyn i&apos;r rhaglen gyfan: mae eu newid yma yn eu newid ar gyfer pob sesiwn. Dywedwch y rhain wrth bobl ar y dechrau.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Set clear expectations before anyone gives their time: what can change, what cannot, and when people will hear back.</source>
        <translation type="unfinished">Gosodwch ddisgwyliadau clir cyn i neb roi eu hamser: beth all newid, beth na all, a phryd y bydd pobl yn clywed yn ôl.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Programme t&amp;itle</source>
        <translation type="unfinished">&amp;Teitl y rhaglen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What it is a&amp;bout</source>
        <translation type="unfinished">&amp;Am beth mae hi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What can chan&amp;ge</source>
        <translation type="unfinished">Beth a&amp;ll newid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How feedback is &amp;used</source>
        <translation type="unfinished">Sut y defnyddi&amp;r adborth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;When and where we publish</source>
        <translation type="unfinished">&amp;Pryd a ble rydym yn cyhoeddi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Responses due b&amp;y</source>
        <translation type="unfinished">Y&amp;matebion erbyn</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Phone nu&amp;mber</source>
        <translation type="unfinished">R&amp;hif ffôn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Data controller</source>
        <translation type="unfinished">Rheolydd data</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>&amp;Organisation</source>
        <translation type="unfinished">Sefy&amp;dliad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What ca&amp;nnot change</source>
        <translation type="unfinished">Beth &amp;na all newid</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Level of influence</source>
        <translation type="unfinished">Lef&amp;el y dylanwad</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ethnic groups as as&amp;ked in England or Wales</source>
        <translation type="unfinished">Grwpiau ethnig fel y&apos;u gofy&amp;nnir yn Lloegr neu Gymru</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Ways to give feedback&lt;/b&gt;</source>
        <translation type="unfinished">&lt;b&gt;Ffyrdd o roi adborth&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feedback add&amp;ress</source>
        <translation type="unfinished">Cyfe&amp;iriad adborth</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Te&amp;xt</source>
        <translation type="unfinished">Neges dest&amp;un</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free&amp;post</source>
        <translation type="unfinished">Rhadbost</translation>
    </message>
</context>
<context>
    <name>ExportPackDialog</name>
    <message>
        <location filename="../ui/export_dialog.py" line="+92"/>
        <source>Export summary pack</source>
        <translation type="unfinished">Allforio pecyn cryno</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What to include</source>
        <translation type="unfinished">Beth i&apos;w gynnwys</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The whole programme</source>
        <translation type="unfinished">Y rhaglen gyfan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no date yet</source>
        <translation type="unfinished">dim dyddiad eto</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Partner pack: to share or publish</source>
        <translation type="unfinished">Pecyn &amp;partneriaid: i&apos;w rannu neu ei gyhoeddi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner pack</source>
        <translation type="unfinished">Pecyn partneriaid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Internal pack: for the council only, marked INTERNAL on every page</source>
        <translation type="unfinished">Pecyn &amp;mewnol: i&apos;r cyngor yn unig, wedi&apos;i farcio MEWNOL ar bob tudalen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Internal pack</source>
        <translation type="unfinished">Pecyn mewnol</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also save an accessible &amp;HTML copy beside the PDF</source>
        <translation type="unfinished">Cadw copi &amp;HTML hygyrch wrth ymyl y PDF hefyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also save an accessible HTML copy</source>
        <translation type="unfinished">Cadw copi HTML hygyrch hefyd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What this pack will leave out:</source>
        <translation type="unfinished">Beth fydd y pecyn hwn yn ei adael allan:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What this pack will leave out</source>
        <translation type="unfinished">Beth fydd y pecyn hwn yn ei adael allan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export progress</source>
        <translation type="unfinished">Cynnydd allforio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export status</source>
        <translation type="unfinished">Statws allforio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export…</source>
        <translation type="unfinished">&amp;Allforio…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the pack</source>
        <translation type="unfinished">Allforio&apos;r pecyn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation type="unfinished">Cau</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Include:</source>
        <translation type="unfinished">&amp;Cynnwys:</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Save the summary pack</source>
        <translation type="unfinished">Cadw&apos;r pecyn cryno</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished">PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Exporting…</source>
        <translation type="unfinished">Yn allforio…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved %1 in %2.</source>
        <translation type="unfinished">Cadwyd %1 yn %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pack not exported</source>
        <translation type="unfinished">Ni allforiwyd y pecyn</translation>
    </message>
</context>
<context>
    <name>ExportRecordDialog</name>
    <message>
        <location line="+8"/>
        <source>Export record as data</source>
        <translation type="unfinished">Allforio&apos;r cofnod fel data</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This saves everything in this programme file as data, including personal data such as participant codes and access requests. Keep it as safe as the programme file itself. To share with partners, export the summary pack.</source>
        <translation type="unfinished">Mae hyn yn cadw popeth yn y ffeil rhaglen hon fel data, gan gynnwys data personol fel codau cyfranogwyr a cheisiadau mynediad. Cadwch ef mor ddiogel â&apos;r ffeil rhaglen ei hun. I rannu gyda phartneriaid, allforiwch y pecyn cryno.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Zip: the data, a spreadsheet (CSV) per table, and board pictures</source>
        <translation type="unfinished">&amp;Zip: y data, taenlen (CSV) i bob tabl, a lluniau o&apos;r byrddau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zip with CSV files and board pictures</source>
        <translation type="unfinished">Zip gyda ffeiliau CSV a lluniau o&apos;r byrddau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;JSON: the data alone, one file</source>
        <translation type="unfinished">&amp;JSON: y data yn unig, un ffeil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON file</source>
        <translation type="unfinished">Ffeil JSON</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export progress</source>
        <translation type="unfinished">Cynnydd allforio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export status</source>
        <translation type="unfinished">Statws allforio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export…</source>
        <translation type="unfinished">&amp;Allforio…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the record</source>
        <translation type="unfinished">Allforio&apos;r cofnod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation type="unfinished">Cau</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Zip (*.zip)</source>
        <translation type="unfinished">Zip (*.zip)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JSON (*.json)</source>
        <translation type="unfinished">JSON (*.json)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the record</source>
        <translation type="unfinished">Cadw&apos;r cofnod</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Exporting…</source>
        <translation type="unfinished">Yn allforio…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved %1.</source>
        <translation type="unfinished">Cadwyd %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record not exported</source>
        <translation type="unfinished">Ni allforiwyd y cofnod</translation>
    </message>
</context>
<context>
    <name>FeedbackPage</name>
    <message>
        <location filename="../ui/feedback_page.py" line="+70"/>
        <location line="+194"/>
        <source>Add returned feedback</source>
        <translation type="unfinished">Ychwanegu adborth a ddychwelwyd</translation>
    </message>
    <message>
        <location line="-172"/>
        <source>Import feedback</source>
        <translation type="unfinished">Mewnforio adborth</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Not everyone speaks up in the room, and many want to think first. Hand out feedback cards: each has its own code and a QR code, and says how to answer without the internet. Bring the answers back here.</source>
        <translation type="unfinished">Nid yw pawb yn siarad yn yr ystafell, ac mae llawer eisiau meddwl yn gyntaf. Rhowch gardiau adborth: mae gan bob un ei god ei hun a chod QR, ac mae&apos;n dweud sut i ateb heb y rhyngrwyd. Dewch â&apos;r atebion yn ôl yma.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Print feedback cards</source>
        <translation type="unfinished">Argraffu cardiau adborth</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number of cards to print</source>
        <translation type="unfinished">Nifer y cardiau i&apos;w hargraffu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Card layout</source>
        <translation type="unfinished">Cynllun y cardiau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Large print</source>
        <translation type="unfinished">Print bras</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Question printed on the cards</source>
        <translation type="unfinished">Cwestiwn wedi&apos;i argraffu ar y cardiau</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preview the first sheet</source>
        <translation type="unfinished">Rhagolwg o&apos;r ddalen gyntaf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the cards as a PDF</source>
        <translation type="unfinished">Cadw&apos;r cardiau fel PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the cards</source>
        <translation type="unfinished">Argraffu&apos;r cardiau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press Preview to see the first sheet.</source>
        <translation type="unfinished">Pwyswch Rhagolwg i weld y ddalen gyntaf.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview of the first sheet of cards</source>
        <translation type="unfinished">Rhagolwg o ddalen gyntaf y cardiau</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Laying out the cards</source>
        <translation type="unfinished">Yn gosod y cardiau</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>La&amp;yout</source>
        <translation type="unfinished">Cyn&amp;llun</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Question</source>
        <translation type="unfinished">Cw&amp;estiwn</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Answers from the online form</source>
        <translation type="unfinished">Atebion o&apos;r ffurflen ar-lein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import answers from a CSV file</source>
        <translation type="unfinished">Mewnforio atebion o ffeil CSV</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the last import did</source>
        <translation type="unfinished">Beth wnaeth y mewnforio diwethaf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export the answers from the form as CSV and import the file. Importing the same file again adds nothing twice; unknown codes are listed, never guessed.</source>
        <translation type="unfinished">Allforiwch yr atebion o&apos;r ffurflen fel CSV a mewnforio&apos;r ffeil. Nid yw mewnforio&apos;r un ffeil eto yn ychwanegu dim ddwywaith; caiff codau anhysbys eu rhestru, byth eu dyfalu.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Paper, phone and text returns</source>
        <translation type="unfinished">Atebion ar bapur, ffôn a neges destun</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>for example 7KX-4MPQ</source>
        <translation type="unfinished">er enghraifft 7KX-4MPQ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card code</source>
        <translation type="unfinished">Cod y cerdyn</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>How it came back</source>
        <translation type="unfinished">Sut y daeth yn ôl</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date received</source>
        <translation type="unfinished">Dyddiad ei dderbyn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The words on the card, or what was said</source>
        <translation type="unfinished">Y geiriau ar y cerdyn, neu beth a ddywedwyd</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Words</source>
        <translation type="unfinished">Ge&amp;iriau</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Returned feedback for this session</source>
        <translation type="unfinished">Adborth a ddychwelwyd ar gyfer y sesiwn hon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every way</source>
        <translation type="unfinished">Pob ffordd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show feedback that came back by</source>
        <translation type="unfinished">Dangos adborth a ddaeth yn ôl drwy</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Card</source>
        <translation type="unfinished">Cerdyn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Came back by</source>
        <translation type="unfinished">Daeth yn ôl drwy</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Received</source>
        <translation type="unfinished">Derbyniwyd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Words</source>
        <translation type="unfinished">Geiriau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned feedback</source>
        <translation type="unfinished">Adborth a ddychwelwyd</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Raise the chosen feedback as a point</source>
        <translation type="unfinished">Codi&apos;r adborth a ddewiswyd fel pwynt</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>1 card</source>
        <translation type="unfinished">1 cerdyn</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n cards</source>
        <translation type="unfinished">
            <numerusform>%n cerdyn</numerusform>
            <numerusform>%n cerdyn</numerusform>
            <numerusform>%n cerdyn</numerusform>
            <numerusform>%n cerdyn</numerusform>
            <numerusform>%n cerdyn</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 print run</source>
        <translation type="unfinished">1 rhediad argraffu</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n print runs</source>
        <translation type="unfinished">
            <numerusform>%n rhediad argraffu</numerusform>
            <numerusform>%n rhediad argraffu</numerusform>
            <numerusform>%n rhediad argraffu</numerusform>
            <numerusform>%n rhediad argraffu</numerusform>
            <numerusform>%n rhediad argraffu</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printed so far: %1 in %2. The next card is number %3.</source>
        <translation type="unfinished">Wedi&apos;u hargraffu hyd yma: %1 mewn %2. Rhif y cerdyn nesaf yw %3.</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>The cards could not be laid out: %s.</source>
        <translation type="unfinished">Nid oedd modd gosod y cardiau: %s.</translation>
    </message>
    <message>
        <location line="-305"/>
        <source>&amp;Preview</source>
        <translation type="unfinished">&amp;Rhagolwg</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>&amp;Large print</source>
        <translation type="unfinished">Print &amp;bras</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+28"/>
        <source>16 pt text, bigger cards</source>
        <translation type="unfinished">Testun 16 pt, cardiau mwy</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Save P&amp;DF…</source>
        <translation type="unfinished">Cadw P&amp;DF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pri&amp;nt…</source>
        <translation type="unfinished">&amp;Argraffu…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Num&amp;ber of cards</source>
        <translation type="unfinished">&amp;Nifer y cardiau</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>I&amp;mport CSV…</source>
        <translation type="unfinished">&amp;Mewnforio CSV…</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Add ret&amp;urned feedback</source>
        <translation type="unfinished">Yc&amp;hwanegu adborth a ddychwelwyd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ca&amp;rd code</source>
        <translation type="unfinished">Cod y cerdyn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Came bac&amp;k by</source>
        <translation type="unfinished">Dae&amp;th yn ôl drwy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rece&amp;ived</source>
        <translation type="unfinished">Derbyniwyd</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Raise as point…</source>
        <translation type="unfinished">Codi fel pwynt…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sh&amp;ow</source>
        <translation type="unfinished">Dangos</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No cards printed for this session yet.</source>
        <translation type="unfinished">Dim cardiau wedi&apos;u hargraffu ar gyfer y sesiwn hon eto.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(Expectations tab)</source>
        <translation type="unfinished">(tab Disgwyliadau)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 %2</source>
        <comment>a way of answering and how many came back that way</comment>
        <translation type="unfinished">%1 %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 (%2)</source>
        <comment>card number (card code)</comment>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+69"/>
        <location line="+57"/>
        <source>Cards not made</source>
        <translation type="unfinished">Ni wnaed y cardiau</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>Cards %d to %d. The back of each sheet has lines to write on.</source>
        <translation type="unfinished">Cardiau %d i %d. Mae llinellau i ysgrifennu arnynt ar gefn pob dalen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save feedback cards</source>
        <translation type="unfinished">Cadw cardiau adborth</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished">PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Laying out %d cards…</source>
        <translation type="unfinished">Yn gosod %d cerdyn…</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Saved %d cards (numbers %d to %d) to %s.</source>
        <translation type="unfinished">Cadwyd %d cerdyn (rhifau %d i %d) i %s.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sent %d cards (numbers %d to %d) to the printer.</source>
        <translation type="unfinished">Anfonwyd %d cerdyn (rhifau %d i %d) i&apos;r argraffydd.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Import answers from the online form</source>
        <translation type="unfinished">Mewnforio atebion o&apos;r ffurflen ar-lein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished">Ffeiliau CSV (*.csv *.txt);;Pob ffeil (*)</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+12"/>
        <source>Nothing imported</source>
        <translation type="unfinished">Dim wedi&apos;i fewnforio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The import stopped: %s. Nothing was imported.</source>
        <translation type="unfinished">Daeth y mewnforio i ben: %s. Ni fewnforiwyd dim.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reading %s…</source>
        <translation type="unfinished">Yn darllen %s…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%s: %d added, %d skipped as already imported, %d rejected.</source>
        <translation type="unfinished">%s: %d wedi&apos;u hychwanegu, %d wedi&apos;u hepgor am eu bod wedi&apos;u mewnforio&apos;n barod, %d wedi&apos;u gwrthod.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Card codes read from the column &apos;%s&apos;.</source>
        <translation type="unfinished">Darllenwyd codau cardiau o&apos;r golofn &apos;%s&apos;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejected %s</source>
        <translation type="unfinished">Gwrthodwyd %s</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type the code printed on the card.</source>
        <translation type="unfinished">Teipiwch y cod sydd wedi&apos;i argraffu ar y cerdyn.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Card %d for %s.</source>
        <translation type="unfinished">Cerdyn %d ar gyfer %s.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a session</source>
        <translation type="unfinished">sesiwn</translation>
    </message>
</context>
<context>
    <name>GlossaryPanel</name>
    <message>
        <location filename="../ui/glossary_panel.py" line="+43"/>
        <source>Find a word</source>
        <translation type="unfinished">Chwilio am air</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a word in the glossary</source>
        <translation type="unfinished">Chwilio am air yn yr eirfa</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Key terms and what they mean</source>
        <translation type="unfinished">Termau allweddol a&apos;u hystyr</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Term</source>
        <translation type="unfinished">Term</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Meaning, in one or two plain sentences</source>
        <translation type="unfinished">Ystyr, mewn un neu ddwy frawddeg glir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add term</source>
        <translation type="unfinished">&amp;Ychwanegu term</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a term to the glossary</source>
        <translation type="unfinished">Ychwanegu term at yr eirfa</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+169"/>
        <source>Remove</source>
        <translation type="unfinished">Tynnu</translation>
    </message>
    <message>
        <location line="-169"/>
        <source>Remove the chosen term</source>
        <translation type="unfinished">Tynnu&apos;r term a ddewiswyd</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Where this meaning comes from</source>
        <translation type="unfinished">O ble mae&apos;r ystyr hwn yn dod</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Term:</source>
        <translation type="unfinished">Term:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meaning:</source>
        <translation type="unfinished">Ystyr:</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Source: %1 (%2). Checked %3.</source>
        <translation type="unfinished">Ffynhonnell: %1 (%2). Gwiriwyd %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That was more than a year ago: the law may have changed. Check the source before you use this meaning.</source>
        <translation type="unfinished">Roedd hynny fwy na blwyddyn yn ôl: efallai fod y gyfraith wedi newid. Gwiriwch y ffynhonnell cyn i chi ddefnyddio&apos;r ystyr hwn.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Change glossary term</source>
        <translation type="unfinished">Newid term yr eirfa</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add a term</source>
        <translation type="unfinished">Ychwanegu term</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The word or phrase:</source>
        <translation type="unfinished">Y gair neu&apos;r ymadrodd:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Say what it means in one or two plain sentences.</source>
        <translation type="unfinished">Dywedwch beth mae&apos;n ei olygu mewn un neu ddwy frawddeg glir.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add glossary term</source>
        <translation type="unfinished">Ychwanegu term at yr eirfa</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Remove term</source>
        <translation type="unfinished">Tynnu term</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove &apos;%1&apos; from this programme&apos;s glossary? Cards that use it will say it is missing. You can undo this.</source>
        <translation type="unfinished">Tynnu &apos;%1&apos; o eirfa&apos;r rhaglen hon? Bydd cardiau sy&apos;n ei ddefnyddio yn dweud ei fod ar goll. Gallwch ddadwneud hyn.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove glossary term</source>
        <translation type="unfinished">Tynnu term o&apos;r eirfa</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../ui/help.py" line="-94"/>
        <source>Help</source>
        <translation type="unfinished">Cymorth</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Help for this screen</source>
        <translation type="unfinished">Cymorth ar gyfer y sgrin hon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished">Llwybrau byr y &amp;bysellfwrdd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show keyboard shortcuts</source>
        <translation type="unfinished">Dangos llwybrau byr y bysellfwrdd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation type="unfinished">Cau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close help</source>
        <translation type="unfinished">Cau&apos;r cymorth</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Help: %s</source>
        <translation type="unfinished">Cymorth: %s</translation>
    </message>
</context>
<context>
    <name>InPlaceEditor</name>
    <message>
        <location filename="../ui/board/view.py" line="+97"/>
        <source>Edit note</source>
        <translation type="unfinished">Golygu nodyn</translation>
    </message>
</context>
<context>
    <name>IncentivesPage</name>
    <message>
        <location filename="../ui/incentives_page.py" line="+25"/>
        <source>incentive budget</source>
        <translation type="unfinished">cyllideb cymhellion</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Incentive budget for this session</source>
        <translation type="unfinished">Cyllideb cymhellion ar gyfer y sesiwn hon</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kind</source>
        <translation type="unfinished">Math</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation type="unfinished">Disgrifiad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value of each</source>
        <translation type="unfinished">Gwerth pob un</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned</source>
        <translation type="unfinished">Wedi&apos;u cynllunio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given</source>
        <translation type="unfinished">Wedi&apos;u rhoi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incentives</source>
        <translation type="unfinished">Cymhellion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>incentive</source>
        <translation type="unfinished">cymhelliad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who received an incentive is personal data and is not kept here.</source>
        <translation type="unfinished">Mae pwy gafodd gymhelliad yn ddata personol ac nid yw&apos;n cael ei gadw yma.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>receipt signatures</source>
        <translation type="unfinished">llofnodion derbynebau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receipts need a si&amp;gnature</source>
        <translation type="unfinished">Mae angen llo&amp;fnod ar dderbynebau</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tick this when your finance rules need a signature on each receipt (it applies to every session). Printed receipts then have lines for a name and signature, and say they are personal data kept apart from the record until the purge date. When not ticked, receipts carry no name.</source>
        <translation type="unfinished">Ticiwch hwn pan fydd eich rheolau cyllid angen llofnod ar bob derbynneb (mae&apos;n berthnasol i bob sesiwn). Bydd llinellau ar gyfer enw a llofnod ar y derbynebau a argraffir wedyn, a byddant yn dweud eu bod yn ddata personol a gedwir ar wahân i&apos;r cofnod tan y dyddiad dileu. Pan nad yw wedi&apos;i dicio, nid oes enw ar dderbynebau.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Incentive totals</source>
        <translation type="unfinished">Cyfansymiau cymhellion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Session &amp;budget</source>
        <translation type="unfinished">Cyll&amp;ideb y sesiwn</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Paying people for their time and costs helps people take part who otherwise could not. Planned and given totals are worked out for you.</source>
        <translation type="unfinished">Mae talu pobl am eu hamser a&apos;u costau yn helpu pobl i gymryd rhan na allent fel arall. Caiff y cyfansymiau a gynlluniwyd ac a roddwyd eu cyfrifo i chi.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source> — over budget</source>
        <translation type="unfinished"> — dros y gyllideb</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planned %s · Given %s · Budget %s · Left %s%s</source>
        <translation type="unfinished">Wedi&apos;i gynllunio %s · Wedi&apos;i roi %s · Cyllideb %s · Ar ôl %s%s</translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <location filename="../ui/language_box.py" line="+21"/>
        <source>Language of the next entry</source>
        <translation type="unfinished">Iaith y cofnod nesaf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The language the resident wrote in. Screen readers and printed documents use it. Your choice stays for the next entries.</source>
        <translation type="unfinished">Yr iaith yr ysgrifennodd y preswylydd ynddi. Mae darllenwyr sgrin a dogfennau printiedig yn ei defnyddio. Mae eich dewis yn aros ar gyfer y cofnodion nesaf.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+24"/>
        <source>From the letters</source>
        <translation type="unfinished">Yn ôl y llythrennau</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>From the letters: %1</source>
        <translation type="unfinished">Yn ôl y llythrennau: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/main_window.py" line="-65"/>
        <source>File status</source>
        <translation type="unfinished">Statws y ffeil</translation>
    </message>
    <message>
        <location line="+294"/>
        <source>Untitled programme</source>
        <translation type="unfinished">Rhaglen heb deitl</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New programme file</source>
        <translation type="unfinished">Ffeil rhaglen newydd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New programme</source>
        <translation type="unfinished">Rhaglen newydd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What is this engagement programme called?</source>
        <translation type="unfinished">Beth yw enw&apos;r rhaglen ymgysylltu hon?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open a programme file</source>
        <translation type="unfinished">Agor ffeil rhaglen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Save a copy of this programme</source>
        <translation type="unfinished">Cadw copi o&apos;r rhaglen hon</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Copy not saved</source>
        <translation type="unfinished">Ni chadwyd y copi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The copy stopped: %s. Nothing was written.</source>
        <translation type="unfinished">Daeth y copïo i ben: %s. Ni ysgrifennwyd dim.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved a copy as %s</source>
        <translation type="unfinished">Cadwyd copi fel %s</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Choose a session on the left, or add one with Session &gt; Add session.</source>
        <translation type="unfinished">Dewiswch sesiwn ar y chwith, neu ychwanegwch un gyda Sesiwn &gt; Ychwanegu sesiwn.</translation>
    </message>
</context>
<context>
    <name>MergeReportDialog</name>
    <message>
        <location filename="../ui/merge_dialog.py" line="+39"/>
        <location line="+9"/>
        <source>Merge report</source>
        <translation type="unfinished">Adroddiad cyfuno</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Nothing changed.</source>
        <translation type="unfinished">Dim wedi newid.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A backup of this file was made just before the merge: Undo this merge (or File &gt; Restore from backup…) takes you back to it.</source>
        <translation type="unfinished">Gwnaed copi wrth gefn o&apos;r ffeil hon ychydig cyn y cyfuno: mae Dadwneud y cyfuno hwn (neu Ffeil &gt; Adfer o gopi wrth gefn…) yn mynd â chi&apos;n ôl ato.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Undo this merge</source>
        <translation type="unfinished">Dadwneud y cyfuno hwn</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <location filename="../ui/notices.py" line="+27"/>
        <source>Close</source>
        <translation type="unfinished">Cau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close this message</source>
        <translation type="unfinished">Cau&apos;r neges hon</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../ui/overview_page.py" line="+78"/>
        <source>Untitled programme</source>
        <translation type="unfinished">Rhaglen heb deitl</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;b&gt;%d&lt;/b&gt; sessions · &lt;b&gt;%d&lt;/b&gt; people came (%d preferred not to say about themselves) · &lt;b&gt;%d of %d&lt;/b&gt; access requests met, %d partly · incentives given &lt;b&gt;%s&lt;/b&gt; of a %s budget · access provisions cost %s</source>
        <translation type="unfinished">&lt;b&gt;%d&lt;/b&gt; sesiwn · daeth &lt;b&gt;%d&lt;/b&gt; o bobl (roedd yn well gan %d beidio â dweud amdanynt eu hunain) · &lt;b&gt;%d o %d&lt;/b&gt; cais mynediad wedi&apos;u diwallu, %d yn rhannol · cymhellion a roddwyd &lt;b&gt;%s&lt;/b&gt; o gyllideb %s · cost darpariaethau mynediad %s</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+3"/>
        <source>Sessions by date</source>
        <translation type="unfinished">Sesiynau yn ôl dyddiad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When</source>
        <translation type="unfinished">Pryd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Session</source>
        <translation type="unfinished">Sesiwn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Venue</source>
        <translation type="unfinished">Lleoliad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation type="unfinished">Statws</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No sessions yet. Add one with Session &gt; Add session (Ctrl+Shift+N), or start from a ready-made plan with Session &gt; New session from plan.</source>
        <translation type="unfinished">Dim sesiynau eto. Ychwanegwch un gyda Sesiwn &gt; Ychwanegu sesiwn (Ctrl+Shift+N), neu dechreuwch o gynllun parod gyda Sesiwn &gt; Sesiwn newydd o gynllun.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Who we reached, against who we hoped to reach</source>
        <translation type="unfinished">Pwy gyrhaeddon ni, o&apos;i gymharu â phwy roedden ni&apos;n gobeithio&apos;u cyrraedd</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Counted from the 1 session held so far; sessions still planned are not counted.</source>
        <translation type="unfinished">Wedi&apos;i gyfrif o&apos;r 1 sesiwn a gynhaliwyd hyd yma; nid yw sesiynau sydd heb eu cynnal eto yn cael eu cyfrif.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Counted from the %1 sessions held so far; sessions still planned are not counted.</source>
        <translation type="unfinished">Wedi&apos;i gyfrif o&apos;r %1 sesiwn a gynhaliwyd hyd yma; nid yw sesiynau sydd heb eu cynnal eto yn cael eu cyfrif.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No session has been held yet.</source>
        <translation type="unfinished">Nid oes sesiwn wedi&apos;i chynnal eto.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No target groups yet. Add them on a session&apos;s Attendance and reach tab.</source>
        <translation type="unfinished">Dim grwpiau targed eto. Ychwanegwch nhw ar dab Presenoldeb a chyrhaeddiad sesiwn.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%d of %d</source>
        <translation type="unfinished">%d o %d</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%s: %d reached of %d hoped for</source>
        <translation type="unfinished">%s: cyrhaeddwyd %d o&apos;r %d y gobeithiwyd amdanynt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>▼ below target</source>
        <translation type="unfinished">▼ islaw&apos;r targed</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>✓ on target</source>
        <translation type="unfinished">✓ ar y targed</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>fewer than 5</source>
        <translation type="unfinished">llai na 5</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>In their own words: the monitoring forms</source>
        <translation type="unfinished">Yn eu geiriau eu hunain: y ffurflenni monitro</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No monitoring forms typed in yet. Type them in on a session&apos;s Paper page, or bring in an online form&apos;s answers from there.</source>
        <translation type="unfinished">Dim ffurflenni monitro wedi&apos;u teipio eto. Teipiwch nhw ar dudalen Papur sesiwn, neu dewch ag atebion ffurflen ar-lein i mewn oddi yno.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>1 person filled in a monitoring form.</source>
        <translation type="unfinished">Llenwodd 1 person ffurflen fonitro.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n people filled in a monitoring form.</source>
        <translation type="unfinished">
            <numerusform>Llenwodd %n o bobl ffurflen fonitro.</numerusform>
            <numerusform>Llenwodd %n o bobl ffurflen fonitro.</numerusform>
            <numerusform>Llenwodd %n o bobl ffurflen fonitro.</numerusform>
            <numerusform>Llenwodd %n o bobl ffurflen fonitro.</numerusform>
            <numerusform>Llenwodd %n o bobl ffurflen fonitro.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Small numbers show as they do in the partner pack.</source>
        <translation type="unfinished">Dangosir niferoedd bach fel y maent yn y pecyn partner.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not counted</source>
        <translation type="unfinished">heb eu cyfrif</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;%1&lt;/b&gt; said on monitoring forms</source>
        <translation type="unfinished">&lt;b&gt;%1&lt;/b&gt; yn ôl y ffurflenni monitro</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;%1&lt;/b&gt; counted by facilitators</source>
        <translation type="unfinished">&lt;b&gt;%1&lt;/b&gt; wedi&apos;u cyfrif gan hwyluswyr</translation>
    </message>
</context>
<context>
    <name>PaperPage</name>
    <message>
        <location filename="../ui/paper_page.py" line="+227"/>
        <source>Run sheet</source>
        <translation type="unfinished">Taflen drefn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expectations poster</source>
        <translation type="unfinished">Poster disgwyliadau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information and consent sheet</source>
        <translation type="unfinished">Taflen wybodaeth a chaniatâd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in sheet</source>
        <translation type="unfinished">Taflen gofrestru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equality monitoring forms</source>
        <translation type="unfinished">Ffurflenni monitro cydraddoldeb</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+41"/>
        <source>Evaluation slips</source>
        <translation type="unfinished">Slipiau gwerthuso</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Incentive receipts</source>
        <translation type="unfinished">Derbynebau cymhellion</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Handouts to print</source>
        <translation type="unfinished">Taflenni i&apos;w hargraffu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Large print</source>
        <translation type="unfinished">Print &amp;bras</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paper for the poster</source>
        <translation type="unfinished">Papur ar gyfer y poster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4</source>
        <translation type="unfinished">A4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A3 (larger type)</source>
        <translation type="unfinished">A3 (print mwy)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copies of each form</source>
        <translation type="unfinished">Copïau o bob ffurflen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save handouts as &amp;PDF…</source>
        <translation type="unfinished">Cadw&apos;r taflenni fel &amp;PDF…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Paper for the poste&amp;r</source>
        <translation type="unfinished">Papur ar gyfer y poste&amp;r</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cop&amp;ies of each form</source>
        <translation type="unfinished">&amp;Copïau o bob ffurflen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Which online form</source>
        <translation type="unfinished">Pa ffurflen ar-lein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monitoring forms</source>
        <translation type="unfinished">Ffurflenni monitro</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Online for&amp;m</source>
        <translation type="unfinished">Ffurflen ar-&amp;lein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring in o&amp;nline returns (CSV)…</source>
        <translation type="unfinished">Dod ag atebion ar-lei&amp;n i mewn (CSV)…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>T&amp;ype in scanned paper…</source>
        <translation type="unfinished">Teipio papur a s&amp;ganiwyd…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Print everything you need on the day, each part on its own pages. Monitoring forms and evaluation slips are anonymous: their codes let you type each one in once, and they are never matched to anyone&apos;s words.</source>
        <translation type="unfinished">Argraffwch bopeth sydd ei angen arnoch ar y diwrnod, pob rhan ar ei thudalennau ei hun. Mae ffurflenni monitro a slipiau gwerthuso yn ddienw: mae eu codau&apos;n gadael i chi deipio pob un unwaith, ac ni chânt byth eu paru â geiriau neb.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Typed in so far: %d monitoring forms, %d evaluation slips.</source>
        <translation type="unfinished">Wedi&apos;u teipio hyd yma: %d ffurflen fonitro, %d slip gwerthuso.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scanned cards and forms waiting to be typed in: %1.</source>
        <translation type="unfinished">Cardiau a ffurflenni a sganiwyd sy&apos;n aros i&apos;w teipio: %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No scanned cards or forms are waiting. To bring some in, use File &gt; Bring in scans.</source>
        <translation type="unfinished">Nid oes cardiau na ffurflenni a sganiwyd yn aros. I ddod â rhai i mewn, defnyddiwch Ffeil &gt; Dod â sganiau i mewn.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Tick at least one handout to print.</source>
        <translation type="unfinished">Ticiwch o leiaf un daflen i&apos;w hargraffu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save handouts</source>
        <translation type="unfinished">Cadw taflenni</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished">PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Laying out the handouts…</source>
        <translation type="unfinished">Yn gosod y taflenni…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Handouts not saved</source>
        <translation type="unfinished">Ni chadwyd y taflenni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The handouts could not be laid out: %s.</source>
        <translation type="unfinished">Nid oedd modd gosod y taflenni: %s.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved %s.</source>
        <translation type="unfinished">Cadwyd %s.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Bring in online returns</source>
        <translation type="unfinished">Dod ag atebion ar-lein i mewn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished">Ffeiliau CSV (*.csv);;Pob ffeil (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reading %s…</source>
        <translation type="unfinished">Yn darllen %s…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing brought in</source>
        <translation type="unfinished">Ni ddaethpwyd â dim i mewn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The import stopped: %s. Nothing was brought in.</source>
        <translation type="unfinished">Daeth y mewnforio i ben: %s. Ni ddaethpwyd â dim i mewn.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 returns brought in.</source>
        <translation type="unfinished">Daethpwyd â %1 ateb i mewn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 were brought in before and were skipped.</source>
        <translation type="unfinished">Roedd %1 wedi dod i mewn o&apos;r blaen a chawsant eu hepgor.</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../ui/agenda/plan_dialog.py" line="+27"/>
        <source>New session from plan</source>
        <translation type="unfinished">Sesiwn newydd o gynllun</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Session plans</source>
        <translation type="unfinished">Cynlluniau sesiwn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>minutes</source>
        <translation type="unfinished">munud</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Start a new session with one of these agendas:</source>
        <translation type="unfinished">Dechreuwch sesiwn newydd gydag un o&apos;r agendâu hyn:</translation>
    </message>
</context>
<context>
    <name>PointsPage</name>
    <message>
        <location filename="../ui/points_page.py" line="+84"/>
        <source>Each point is something residents said that needs a response. Significant points always come first: one person&apos;s point can matter more than a hundred votes.</source>
        <translation type="unfinished">Mae pob pwynt yn rhywbeth a ddywedodd trigolion sydd angen ymateb. Daw pwyntiau arwyddocaol yn gyntaf bob amser: gall pwynt un person fod yn bwysicach na chant o bleidleisiau.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+654"/>
        <source>Publish &apos;You said, we did&apos;…</source>
        <translation type="unfinished">Cyhoeddi &apos;Dywedoch chi, gwnaethom ni&apos;…</translation>
    </message>
    <message>
        <location line="-653"/>
        <source>Publish You said, we did document</source>
        <translation type="unfinished">Cyhoeddi dogfen Dywedoch chi, gwnaethom ni</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Points and progress</source>
        <translation type="unfinished">Pwyntiau a chynnydd</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Search points, sources and responses</source>
        <translation type="unfinished">Chwilio pwyntiau, ffynonellau ac ymatebion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search points</source>
        <translation type="unfinished">Chwilio pwyntiau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter by session</source>
        <translation type="unfinished">Hidlo yn ôl sesiwn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by theme</source>
        <translation type="unfinished">Hidlo yn ôl thema</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by response</source>
        <translation type="unfinished">Hidlo yn ôl ymateb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any response</source>
        <translation type="unfinished">Unrhyw ymateb</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+297"/>
        <location line="+163"/>
        <source>No response yet</source>
        <translation type="unfinished">Dim ymateb eto</translation>
    </message>
    <message>
        <location line="-459"/>
        <source>Draft, not published</source>
        <translation type="unfinished">Drafft, heb ei gyhoeddi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published</source>
        <translation type="unfinished">Wedi&apos;i gyhoeddi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>at least </source>
        <translation type="unfinished">o leiaf </translation>
    </message>
    <message>
        <location line="+1"/>
        <source> sources</source>
        <translation type="unfinished"> ffynhonnell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum number of sources</source>
        <translation type="unfinished">Isafswm nifer y ffynonellau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Significant points are always shown.</source>
        <translation type="unfinished">Caiff pwyntiau arwyddocaol eu dangos bob amser.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Points raised</source>
        <translation type="unfinished">Pwyntiau a godwyd</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+483"/>
        <location line="+5"/>
        <source>New point</source>
        <translation type="unfinished">Pwynt newydd</translation>
    </message>
    <message>
        <location line="-486"/>
        <location line="+500"/>
        <source>Delete point</source>
        <translation type="unfinished">Dileu pwynt</translation>
    </message>
    <message>
        <location line="-475"/>
        <source>The point</source>
        <translation type="unfinished">Y pwynt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Statement</source>
        <translation type="unfinished">Datganiad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detail</source>
        <translation type="unfinished">Manylion</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Themes or tags, separated by commas</source>
        <translation type="unfinished">Themâu neu dagiau, wedi&apos;u gwahanu gan atalnodau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for example: fairness, housing</source>
        <translation type="unfinished">er enghraifft: tegwch, tai</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Significant</source>
        <translation type="unfinished">Arwyddocaol</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why it is significant</source>
        <translation type="unfinished">Pam ei fod yn arwyddocaol</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>for example: a risk of unfair treatment for one group</source>
        <translation type="unfinished">er enghraifft: risg o driniaeth annheg i un grŵp</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Deta&amp;il</source>
        <translation type="unfinished">&amp;Manylion</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where it came from</source>
        <translation type="unfinished">O ble y daeth</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sources of this point</source>
        <translation type="unfinished">Ffynonellau&apos;r pwynt hwn</translation>
    </message>
    <message>
        <location line="+239"/>
        <source>%1 from %2. The number is shown, but points are never ranked by it.</source>
        <translation type="unfinished">%1 o %2. Dangosir y nifer, ond nid yw pwyntiau byth yn cael eu trefnu yn ôl y nifer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 source</source>
        <translation type="unfinished">1 ffynhonnell</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n sources</source>
        <translation type="unfinished">
            <numerusform>%n ffynhonnell</numerusform>
            <numerusform>%n ffynhonnell</numerusform>
            <numerusform>%n ffynhonnell</numerusform>
            <numerusform>%n ffynhonnell</numerusform>
            <numerusform>%n ffynhonnell</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 session</source>
        <translation type="unfinished">1 sesiwn</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n sessions</source>
        <translation type="unfinished">
            <numerusform>%n sesiwn</numerusform>
            <numerusform>%n sesiwn</numerusform>
            <numerusform>%n sesiwn</numerusform>
            <numerusform>%n sesiwn</numerusform>
            <numerusform>%n sesiwn</numerusform>
        </translation>
    </message>
    <message>
        <location line="+65"/>
        <source>%1 of %2 points have a published response. %3 waiting to be published; %4 with no response yet.</source>
        <translation type="unfinished">Mae gan %1 o %2 pwynt ymateb cyhoeddedig. %3 yn aros i&apos;w cyhoeddi; %4 heb ymateb eto.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>1 draft</source>
        <translation type="unfinished">1 drafft</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n drafts</source>
        <translation type="unfinished">
            <numerusform>%n drafft</numerusform>
            <numerusform>%n drafft</numerusform>
            <numerusform>%n drafft</numerusform>
            <numerusform>%n drafft</numerusform>
            <numerusform>%n drafft</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>OVERDUE: 1 point still has no published response.</source>
        <translation type="unfinished">HWYR: mae 1 pwynt heb ymateb cyhoeddedig o hyd.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>OVERDUE: %n points still have no published response.</source>
        <translation type="unfinished">
            <numerusform>HWYR: mae %n pwynt heb ymateb cyhoeddedig o hyd.</numerusform>
            <numerusform>HWYR: mae %n pwynt heb ymateb cyhoeddedig o hyd.</numerusform>
            <numerusform>HWYR: mae %n pwynt heb ymateb cyhoeddedig o hyd.</numerusform>
            <numerusform>HWYR: mae %n pwynt heb ymateb cyhoeddedig o hyd.</numerusform>
            <numerusform>HWYR: mae %n pwynt heb ymateb cyhoeddedig o hyd.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-333"/>
        <source>Kind</source>
        <translation type="unfinished">Math</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session</source>
        <translation type="unfinished">Sesiwn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exercise and place</source>
        <translation type="unfinished">Ymarfer a lle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The words</source>
        <translation type="unfinished">Y geiriau</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Remove source from point</source>
        <translation type="unfinished">Tynnu ffynhonnell o&apos;r pwynt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Our response</source>
        <translation type="unfinished">Ein hymateb</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What happened</source>
        <translation type="unfinished">Beth ddigwyddodd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The decision</source>
        <translation type="unfinished">Y penderfyniad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was decided, in a sentence or two</source>
        <translation type="unfinished">Beth a benderfynwyd, mewn brawddeg neu ddwy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why, in plain English</source>
        <translation type="unfinished">Pam, mewn iaith glir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why, in plain English. Needed for &apos;Not changing&apos; and &apos;Outside scope&apos;.</source>
        <translation type="unfinished">Pam, mewn iaith glir. Angen ar gyfer &apos;Ddim yn newid&apos; a &apos;Tu allan i&apos;r cwmpas&apos;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who it was passed to</source>
        <translation type="unfinished">I bwy y cafodd ei drosglwyddo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passed t&amp;o</source>
        <translation type="unfinished">Trosglwyddwyd &amp;i</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who owns the response</source>
        <translation type="unfinished">Pwy sy&apos;n berchen ar yr ymateb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a team or role, for example Housing Allocations</source>
        <translation type="unfinished">tîm neu rôl, er enghraifft Dyrannu Tai</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Publishing state</source>
        <translation type="unfinished">Cyflwr cyhoeddi</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+388"/>
        <source>Publish response</source>
        <translation type="unfinished">Cyhoeddi ymateb</translation>
    </message>
    <message>
        <location line="-385"/>
        <location line="+388"/>
        <source>Back to draft</source>
        <translation type="unfinished">Yn ôl i ddrafft</translation>
    </message>
    <message>
        <location line="-384"/>
        <source>What we promised</source>
        <translation type="unfinished">Beth wnaethom ei addo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What this engagement can and cannot change</source>
        <translation type="unfinished">Beth all a beth na all yr ymgysylltu hwn ei newid</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Progress summary</source>
        <translation type="unfinished">Crynodeb o&apos;r cynnydd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Responses by status</source>
        <translation type="unfinished">Ymatebion yn ôl statws</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Response</source>
        <translation type="unfinished">Ymateb</translation>
    </message>
    <message>
        <location line="-234"/>
        <location line="+234"/>
        <source>Points</source>
        <translation type="unfinished">Pwyntiau</translation>
    </message>
    <message>
        <location line="-233"/>
        <source>Progress</source>
        <translation type="unfinished">Cynnydd</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>New &amp;point…</source>
        <translation type="unfinished">Pwynt &amp;newydd…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De&amp;lete point</source>
        <translation type="unfinished">&amp;Dileu pwynt</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Si&amp;gnificant</source>
        <translation type="unfinished">&amp;Arwyddocaol</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Stateme&amp;nt</source>
        <translation type="unfinished">Datganiad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The&amp;mes</source>
        <translation type="unfinished">&amp;Themâu</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Remove so&amp;urce from point</source>
        <translation type="unfinished">Tynn&amp;u ffynhonnell o&apos;r pwynt</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;What happened</source>
        <translation type="unfinished">B&amp;eth ddigwyddodd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Decision</source>
        <translation type="unfinished">&amp;Penderfyniad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wh&amp;y</source>
        <translation type="unfinished">&amp;Rheswm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owne&amp;r</source>
        <translation type="unfinished">Perc&amp;hennog</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pu&amp;blish response</source>
        <translation type="unfinished">Cyhoeddi ymateb</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bac&amp;k to draft</source>
        <translation type="unfinished">Yn ô&amp;l i ddrafft</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Points without a published response</source>
        <translation type="unfinished">Pwyntiau heb ymateb wedi&apos;i gyhoeddi</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>All sessions</source>
        <translation type="unfinished">Pob sesiwn</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All themes</source>
        <translation type="unfinished">Pob thema</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Showing %1 of %2 points. Significant points are never hidden by the number of sources.</source>
        <translation type="unfinished">Yn dangos %1 o %2 pwynt. Ni chaiff pwyntiau arwyddocaol byth eu cuddio gan nifer y ffynonellau.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Published: %s</source>
        <translation type="unfinished">Cyhoeddwyd: %s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Draft: %s</source>
        <translation type="unfinished">Drafft: %s</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Needs attention: %1</source>
        <translation type="unfinished">Angen sylw: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No owner: say which team will answer this.</source>
        <translation type="unfinished">Dim perchennog: dywedwch pa dîm fydd yn ateb hyn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue: the answer was promised by the date on Expectations.</source>
        <translation type="unfinished">Hwyr: addawyd yr ateb erbyn y dyddiad ar y dudalen Disgwyliadau.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The published date is in the future.</source>
        <translation type="unfinished">Mae&apos;r dyddiad cyhoeddi yn y dyfodol.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%s (the original has been deleted)</source>
        <translation type="unfinished">%s (mae&apos;r gwreiddiol wedi&apos;i ddileu)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no session</source>
        <translation type="unfinished">dim sesiwn</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No sources yet. Use &apos;Raise as point&apos; on a note, theme, card response, question or returned feedback to add one.</source>
        <translation type="unfinished">Dim ffynonellau eto. Defnyddiwch &apos;Codi fel pwynt&apos; ar nodyn, thema, ymateb i gerdyn, cwestiwn neu adborth a ddychwelwyd i ychwanegu un.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Published %s. Changes you make here show in the next &apos;You said, we did&apos;.</source>
        <translation type="unfinished">Cyhoeddwyd %s. Bydd newidiadau a wnewch yma yn ymddangos yn y &apos;Dywedoch chi, gwnaethom ni&apos; nesaf.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not published. Before it can be published: %s</source>
        <translation type="unfinished">Heb ei gyhoeddi. Cyn y gellir ei gyhoeddi: %s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not published. Ready to publish.</source>
        <translation type="unfinished">Heb ei gyhoeddi. Yn barod i&apos;w gyhoeddi.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Level of influence</source>
        <translation type="unfinished">Lefel y dylanwad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What can change</source>
        <translation type="unfinished">Beth all newid</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>(not written yet)</source>
        <translation type="unfinished">(heb ei ysgrifennu eto)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What cannot change</source>
        <translation type="unfinished">Beth na all newid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Responses promised by</source>
        <translation type="unfinished">Addawyd ymatebion erbyn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no date set)</source>
        <translation type="unfinished">(dim dyddiad wedi&apos;i osod)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Responses were promised by %s.</source>
        <translation type="unfinished">Addawyd ymatebion erbyn %s.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Draft, not yet published</source>
        <translation type="unfinished">Drafft, heb ei gyhoeddi eto</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Waiting for a published response (press Enter on one to open it):</source>
        <translation type="unfinished">Yn aros am ymateb wedi&apos;i gyhoeddi (pwyswch Enter ar un i&apos;w agor):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>OVERDUE: </source>
        <translation type="unfinished">HWYR: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>draft written</source>
        <translation type="unfinished">drafft wedi&apos;i ysgrifennu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no response yet</source>
        <translation type="unfinished">dim ymateb eto</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Say why this point is significant, then press Enter.</source>
        <translation type="unfinished">Dywedwch pam mae&apos;r pwynt hwn yn arwyddocaol, yna pwyswch Enter.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>What did residents say? (a short statement)</source>
        <translation type="unfinished">Beth ddywedodd trigolion? (datganiad byr)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Delete the point &apos;%s&apos; and its response? The notes, questions and feedback it came from are kept. You can undo this.</source>
        <translation type="unfinished">Dileu&apos;r pwynt &apos;%s&apos; a&apos;i ymateb? Caiff y nodiadau, y cwestiynau a&apos;r adborth y daeth ohonynt eu cadw. Gallwch ddadwneud hyn.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete</source>
        <translation type="unfinished">Dileu</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove source</source>
        <translation type="unfinished">Tynnu ffynhonnell</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Publish &apos;You said, we did&apos;</source>
        <translation type="unfinished">Cyhoeddi &apos;Dywedoch chi, gwnaethom ni&apos;</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished">PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Publishing…</source>
        <translation type="unfinished">Yn cyhoeddi…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not published</source>
        <translation type="unfinished">Heb ei gyhoeddi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The document could not be made: %s. Nothing was written.</source>
        <translation type="unfinished">Nid oedd modd creu&apos;r ddogfen: %s. Ni ysgrifennwyd dim.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Saved %1, with an accessible copy %2 for screen readers. They hold no names, contact details or participant codes.</source>
        <translation type="unfinished">Cadwyd %1, gyda chopi hygyrch %2 ar gyfer darllenwyr sgrin. Nid ydynt yn cynnwys enwau, manylion cyswllt na chodau cyfranogwyr.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;You said, we did&apos; published</source>
        <translation type="unfinished">Cyhoeddwyd &apos;Dywedoch chi, gwnaethom ni&apos;</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../ui/preferences.py" line="+34"/>
        <location line="+1"/>
        <source>Preferences</source>
        <translation type="unfinished">Dewisiadau</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language of the app</source>
        <translation type="unfinished">Iaith yr ap</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Text size slider</source>
        <translation type="unfinished">Llithrydd maint testun</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Text size in per cent</source>
        <translation type="unfinished">Maint testun fel canran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>100 is normal size, 200 is twice as big</source>
        <translation type="unfinished">100 yw&apos;r maint arferol, 200 yw dwywaith mor fawr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;High contrast: white and yellow on black</source>
        <translation type="unfinished">Cyferbyniad &amp;uchel: gwyn a melyn ar ddu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>High contrast</source>
        <translation type="unfinished">Cyferbyniad uchel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Normal look</source>
        <translation type="unfinished">Golwg &amp;arferol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to normal text size and contrast</source>
        <translation type="unfinished">Yn ôl i&apos;r maint testun a&apos;r cyferbyniad arferol</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation type="unfinished">Cau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close preferences</source>
        <translation type="unfinished">Cau&apos;r dewisiadau</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Language</source>
        <translation type="unfinished">&amp;Iaith</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Text size</source>
        <translation type="unfinished">&amp;Maint testun</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Text size and contrast change straight away, on every screen, including boards and card mode on a projector.</source>
        <translation type="unfinished">Mae maint testun a chyferbyniad yn newid ar unwaith, ar bob sgrin, gan gynnwys byrddau a&apos;r modd cardiau ar daflunydd.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Workshop will use %s the next time it starts.</source>
        <translation type="unfinished">Bydd Workshop yn defnyddio %s y tro nesaf y bydd yn dechrau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Welsh translation is a draft waiting for review by a Welsh speaker.</source>
        <translation type="unfinished">Drafft yw&apos;r cyfieithiad Cymraeg sy&apos;n aros i siaradwr Cymraeg ei adolygu.</translation>
    </message>
</context>
<context>
    <name>PresentWindow</name>
    <message>
        <location filename="../ui/card_mode.py" line="-435"/>
        <source>Scenario card</source>
        <translation type="unfinished">Cerdyn senario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Card shown on the projector</source>
        <translation type="unfinished">Cerdyn a ddangosir ar y taflunydd</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <location filename="../ui/board/presentation.py" line="+35"/>
        <source>Board, presentation</source>
        <translation type="unfinished">Bwrdd, cyflwyniad</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>The whole board · N or Space shows the notes a page at a time · + / − zoom · Esc leaves</source>
        <translation type="unfinished">Y bwrdd cyfan · Mae N neu&apos;r Bylchwr yn dangos y nodiadau fesul tudalen · + / − chwyddo · Esc i adael</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Page %1 of %2 · N next · P previous · F the whole board · Esc leaves</source>
        <translation type="unfinished">Tudalen %1 o %2 · N nesaf · P blaenorol · F y bwrdd cyfan · Esc i adael</translation>
    </message>
</context>
<context>
    <name>PurgeDialog</name>
    <message>
        <location filename="../ui/purge_dialog.py" line="+36"/>
        <source>Personal data due for removal</source>
        <translation type="unfinished">Data personol sydd i&apos;w ddileu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Names, contact details and who received an incentive are kept only until each session&apos;s removal date. Removing them keeps everything anonymous: participant codes, notes, counts, responses and feedback stay. Removal cannot be undone.</source>
        <translation type="unfinished">Caiff enwau, manylion cyswllt a phwy gafodd gymhelliad eu cadw tan ddyddiad dileu pob sesiwn yn unig. Mae eu dileu yn cadw popeth yn ddienw: mae codau cyfranogwyr, nodiadau, cyfrifon, ymatebion ac adborth yn aros. Ni ellir dadwneud y dileu.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sessions with personal data due for removal</source>
        <translation type="unfinished">Sesiynau â data personol sydd i&apos;w ddileu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No personal data is due for removal.</source>
        <translation type="unfinished">Does dim data personol i&apos;w ddileu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove the ticked personal data…</source>
        <translation type="unfinished">&amp;Dileu&apos;r data personol a diciwyd…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the personal data of the ticked sessions</source>
        <translation type="unfinished">Dileu data personol y sesiynau a diciwyd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removed so far</source>
        <translation type="unfinished">Wedi&apos;i ddileu hyd yma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log of personal data removed</source>
        <translation type="unfinished">Cofnod o&apos;r data personol a ddilëwyd</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>no date</source>
        <translation type="unfinished">dim dyddiad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%s (%s) — due %s: %s</source>
        <translation type="unfinished">%s (%s) — erbyn %s: %s</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%s — %s: %s</source>
        <translation type="unfinished">%s — %s: %s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing removed yet.</source>
        <translation type="unfinished">Dim wedi&apos;i ddileu eto.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Tick the sessions whose personal data to remove.</source>
        <translation type="unfinished">Ticiwch y sesiynau y dylid dileu eu data personol.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove personal data</source>
        <translation type="unfinished">Dileu data personol</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the personal data of %1 now, from this file and from its backups? This cannot be undone.</source>
        <translation type="unfinished">Dileu data personol %1 nawr, o&apos;r ffeil hon ac o&apos;i chopïau wrth gefn? Ni ellir dadwneud hyn.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+50"/>
        <source>1 session</source>
        <translation type="unfinished">1 sesiwn</translation>
    </message>
    <message numerus="yes">
        <location line="-50"/>
        <location line="+52"/>
        <source>%n sessions</source>
        <translation type="unfinished">
            <numerusform>%n sesiwn</numerusform>
            <numerusform>%n sesiwn</numerusform>
            <numerusform>%n sesiwn</numerusform>
            <numerusform>%n sesiwn</numerusform>
            <numerusform>%n sesiwn</numerusform>
        </translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Removed %1 from %2, and from %3.</source>
        <translation type="unfinished">Dilëwyd %1 o %2, ac o %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 personal detail</source>
        <translation type="unfinished">1 manylyn personol</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n personal details</source>
        <translation type="unfinished">
            <numerusform>%n manylyn personol</numerusform>
            <numerusform>%n manylyn personol</numerusform>
            <numerusform>%n manylyn personol</numerusform>
            <numerusform>%n manylyn personol</numerusform>
            <numerusform>%n manylyn personol</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>1 backup</source>
        <translation type="unfinished">1 copi wrth gefn</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n backups</source>
        <translation type="unfinished">
            <numerusform>%n copi wrth gefn</numerusform>
            <numerusform>%n copi wrth gefn</numerusform>
            <numerusform>%n copi wrth gefn</numerusform>
            <numerusform>%n copi wrth gefn</numerusform>
            <numerusform>%n copi wrth gefn</numerusform>
        </translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Remove it</source>
        <translation type="unfinished">Ei ddileu</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Removing it from the backups…</source>
        <translation type="unfinished">Yn ei ddileu o&apos;r copïau wrth gefn…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Personal data not removed</source>
        <translation type="unfinished">Ni ddilëwyd y data personol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The removal stopped: %s. Nothing was removed.</source>
        <translation type="unfinished">Daeth y dileu i ben: %s. Ni ddilëwyd dim.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Personal data removed</source>
        <translation type="unfinished">Data personol wedi&apos;i ddileu</translation>
    </message>
</context>
<context>
    <name>QuestionWall</name>
    <message>
        <location filename="../ui/question_wall.py" line="+47"/>
        <source>Question</source>
        <translation type="unfinished">Cwestiwn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asked by</source>
        <translation type="unfinished">Gofynnwyd gan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where it stands</source>
        <translation type="unfinished">Sut mae pethau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer</source>
        <translation type="unfinished">Ateb</translation>
    </message>
</context>
<context>
    <name>QuestionWallPage</name>
    <message>
        <location line="+30"/>
        <source>Type the question in the resident&apos;s words</source>
        <translation type="unfinished">Teipiwch y cwestiwn yng ngeiriau&apos;r preswylydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New question</source>
        <translation type="unfinished">Cwestiwn newydd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Table or group (optional)</source>
        <translation type="unfinished">Bwrdd neu grŵp (dewisol)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asked by which table or group</source>
        <translation type="unfinished">Wedi&apos;i ofyn gan ba fwrdd neu grŵp</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the question</source>
        <translation type="unfinished">Ychwanegu&apos;r cwestiwn</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Show only questions still owed an answer</source>
        <translation type="unfinished">Dangos dim ond cwestiynau sy&apos;n dal heb ateb</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Questions asked</source>
        <translation type="unfinished">Cwestiynau a ofynnwyd</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Write each question the way it was asked. Answer it there and then and note the answer, or park it with who will answer and by when. Parked questions get a written answer.</source>
        <translation type="unfinished">Ysgrifennwch bob cwestiwn fel y cafodd ei ofyn. Atebwch ef yn y fan a&apos;r lle a nodi&apos;r ateb, neu ei barcio gyda phwy fydd yn ateb ac erbyn pryd. Caiff cwestiynau a barciwyd ateb ysgrifenedig.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The chosen question</source>
        <translation type="unfinished">Y cwestiwn a ddewiswyd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Question, in the resident&apos;s words</source>
        <translation type="unfinished">Cwestiwn, yng ngeiriau&apos;r preswylydd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answer given</source>
        <translation type="unfinished">Ateb a roddwyd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who will answer</source>
        <translation type="unfinished">Pwy fydd yn ateb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person or team</source>
        <translation type="unfinished">Person neu dîm</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Written answer due by</source>
        <translation type="unfinished">Ateb ysgrifenedig erbyn</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Answered &amp;now</source>
        <translation type="unfinished">Wedi&apos;i ateb &amp;nawr</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark answered there and then</source>
        <translation type="unfinished">Nodi iddo gael ei ateb yn y fan a&apos;r lle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Park for a written answer</source>
        <translation type="unfinished">&amp;Parcio am ateb ysgrifenedig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Park with an owner and a due date</source>
        <translation type="unfinished">Parcio gyda pherchennog a dyddiad</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Add quest&amp;ion</source>
        <translation type="unfinished">Yc&amp;hwanegu cwestiwn</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Only still owed</source>
        <translation type="unfinished">Dim ond rhai sy&apos;n &amp;ddyledus</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>W&amp;ritten answer sent</source>
        <translation type="unfinished">Ateb ysgrifenedig wedi&apos;i &amp;anfon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the written answer as sent</source>
        <translation type="unfinished">Nodi bod yr ateb ysgrifenedig wedi&apos;i anfon</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Raise as point…</source>
        <translation type="unfinished">Codi fel pwynt…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Raise this question as a point</source>
        <translation type="unfinished">Codi&apos;r cwestiwn hwn fel pwynt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete</source>
        <translation type="unfinished">D&amp;ileu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete this question</source>
        <translation type="unfinished">Dileu&apos;r cwestiwn hwn</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Question:</source>
        <translation type="unfinished">Cw&amp;estiwn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where it stands:</source>
        <translation type="unfinished">Sut mae pethau:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ans&amp;wer:</source>
        <translation type="unfinished">A&amp;teb:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>by</source>
        <translation type="unfinished">erbyn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner:</source>
        <translation type="unfinished">Perchennog:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 questions, %2 still owed</source>
        <translation type="unfinished">%1 cwestiwn, %2 yn dal yn ddyledus</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(not answered yet)</source>
        <translation type="unfinished">(heb ei ateb eto)</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Change question</source>
        <translation type="unfinished">Newid cwestiwn</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Add question</source>
        <translation type="unfinished">Ychwanegu cwestiwn</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Answer question</source>
        <translation type="unfinished">Ateb cwestiwn</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Park question</source>
        <translation type="unfinished">Parcio cwestiwn</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Written answer sent</source>
        <translation type="unfinished">Ateb ysgrifenedig wedi&apos;i anfon</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete question</source>
        <translation type="unfinished">Dileu cwestiwn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this question? You can undo it with Edit &gt; Undo.</source>
        <translation type="unfinished">Dileu&apos;r cwestiwn hwn? Gallwch ei ddadwneud gyda Golygu &gt; Dadwneud.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation type="unfinished">Dileu</translation>
    </message>
</context>
<context>
    <name>RaisePointDialog</name>
    <message>
        <location filename="../ui/raise_point.py" line="-141"/>
        <source>Raise as point</source>
        <translation type="unfinished">Codi fel pwynt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A point is something residents said that needs a response. Make a new point, or add this to a point already raised.</source>
        <translation type="unfinished">Pwynt yw rhywbeth a ddywedodd trigolion sydd angen ymateb. Gwnewch bwynt newydd, neu ychwanegu hwn at bwynt a godwyd eisoes.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What residents said</source>
        <translation type="unfinished">Beth ddywedodd trigolion</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Already raised as: %s</source>
        <translation type="unfinished">Wedi&apos;i godi eisoes fel: %s</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Make a &amp;new point</source>
        <translation type="unfinished">Gwneud pwynt &amp;newydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a new point</source>
        <translation type="unfinished">Gwneud pwynt newydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add to an &amp;existing point</source>
        <translation type="unfinished">Ychwanegu at bwynt sy&apos;n &amp;bodoli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add to an existing point</source>
        <translation type="unfinished">Ychwanegu at bwynt sy&apos;n bodoli</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Statement (short, in residents&apos; words):</source>
        <translation type="unfinished">&amp;Datganiad (byr, yng ngeiriau trigolion):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Statement</source>
        <translation type="unfinished">Datganiad</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Search points</source>
        <translation type="unfinished">Chwilio pwyntiau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search existing points</source>
        <translation type="unfinished">Chwilio pwyntiau sy&apos;n bodoli</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Existing points</source>
        <translation type="unfinished">Pwyntiau sy&apos;n bodoli</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Raise</source>
        <translation type="unfinished">Codi</translation>
    </message>
</context>
<context>
    <name>ReachPage</name>
    <message>
        <location filename="../ui/reach_page.py" line="+21"/>
        <source>number who came</source>
        <translation type="unfinished">nifer a ddaeth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>number who preferred not to say</source>
        <translation type="unfinished">nifer a oedd yn well ganddynt beidio â dweud</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Number of people who came</source>
        <translation type="unfinished">Nifer y bobl a ddaeth</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number who preferred not to say</source>
        <translation type="unfinished">Nifer a oedd yn well ganddynt beidio â dweud</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Group</source>
        <translation type="unfinished">Grŵp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hoped for</source>
        <translation type="unfinished">Y gobaith</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reached</source>
        <translation type="unfinished">Wedi&apos;u cyrraedd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who we hoped to reach, and who came</source>
        <translation type="unfinished">Pwy roedden ni&apos;n gobeithio&apos;u cyrraedd, a phwy ddaeth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New group</source>
        <translation type="unfinished">Grŵp newydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>group</source>
        <translation type="unfinished">grŵp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One person may be in several groups. Count people as they told you on the day.</source>
        <translation type="unfinished">Gall un person fod mewn sawl grŵp. Cyfrwch bobl fel y dywedon nhw wrthych ar y diwrnod.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Code</source>
        <translation type="unfinished">Cod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name (only with consent)</source>
        <translation type="unfinished">Enw (dim ond gyda chaniatâd)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact (only with consent)</source>
        <translation type="unfinished">Manylion cyswllt (dim ond gyda chaniatâd)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent recorded on</source>
        <translation type="unfinished">Dyddiad cofnodi&apos;r caniatâd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Participants (optional)</source>
        <translation type="unfinished">Cyfranogwyr (dewisol)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>participant</source>
        <translation type="unfinished">cyfranogwr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only if you need to reach someone again, for example to send a written answer. A code is enough; add a name or contact only after the person has agreed, and type the date they agreed first, as YYYY-MM-DD (for example 2027-02-04). Names and contacts are removed on the session&apos;s removal date and never appear in a partner pack.</source>
        <translation type="unfinished">Dim ond os oes angen i chi gysylltu â rhywun eto, er enghraifft i anfon ateb ysgrifenedig. Mae cod yn ddigon; ychwanegwch enw neu fanylion cyswllt dim ond ar ôl i&apos;r person gytuno, a theipiwch y dyddiad y cytunodd yn gyntaf, fel YYYY-MM-DD (er enghraifft 2027-02-04). Caiff enwau a manylion cyswllt eu dileu ar ddyddiad dileu&apos;r sesiwn ac nid ydynt byth yn ymddangos mewn pecyn partner.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>People &amp;who came</source>
        <translation type="unfinished">Pobl a &amp;ddaeth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Preferred not to say</source>
        <translation type="unfinished">Gwell ganddynt beid&amp;io â dweud</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reaching people who are seldom heard means planning who to reach and checking afterwards who came.</source>
        <translation type="unfinished">Mae cyrraedd pobl na chlywir yn aml yn golygu cynllunio pwy i&apos;w cyrraedd a gwirio wedyn pwy ddaeth.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Below what we hoped for: %s</source>
        <translation type="unfinished">Islaw&apos;r hyn roedden ni&apos;n gobeithio amdano: %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every group reached what we hoped for.</source>
        <translation type="unfinished">Cyrhaeddodd pob grŵp yr hyn roedden ni&apos;n gobeithio amdano.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../ui/restore_dialog.py" line="+36"/>
        <source>Restore from backup</source>
        <translation type="unfinished">Adfer o gopi wrth gefn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Workshop keeps backups of “%s” in its own folder on this computer: when you open it, every 10 minutes while you work, and when you close it. Choose the one to go back to. The file as it is now is kept under a new name beside it; nothing is deleted.</source>
        <translation type="unfinished">Mae Workshop yn cadw copïau wrth gefn o “%s” yn ei ffolder ei hun ar y cyfrifiadur hwn: pan fyddwch yn ei agor, bob 10 munud wrth i chi weithio, a phan fyddwch yn ei gau. Dewiswch yr un i fynd yn ôl ato. Caiff y ffeil fel y mae nawr ei chadw dan enw newydd wrth ei hymyl; does dim yn cael ei ddileu.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backups of this file, newest first</source>
        <translation type="unfinished">Copïau wrth gefn o&apos;r ffeil hon, y mwyaf newydd yn gyntaf</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%s — damaged, cannot be restored</source>
        <translation type="unfinished">%s — wedi&apos;i ddifrodi, ni ellir ei adfer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There are no backups of this file yet.</source>
        <translation type="unfinished">Does dim copïau wrth gefn o&apos;r ffeil hon eto.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Restore this backup</source>
        <translation type="unfinished">&amp;Adfer y copi wrth gefn hwn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore the chosen backup</source>
        <translation type="unfinished">Adfer y copi wrth gefn a ddewiswyd</translation>
    </message>
</context>
<context>
    <name>ReturnsEntry</name>
    <message>
        <location filename="../ui/paper_page.py" line="-357"/>
        <source>Type in returned forms</source>
        <translation type="unfinished">Teipio ffurflenni a ddychwelwyd</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Form code</source>
        <translation type="unfinished">Cod y ffurflen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code at the top of the form</source>
        <translation type="unfinished">Y cod ar frig y ffurflen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Form c&amp;ode</source>
        <translation type="unfinished">&amp;Cod y ffurflen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Type the code, then the number beside each ticked box. Tab skips a question left blank; Enter keeps the form and starts the next one.</source>
        <translation type="unfinished">Teipiwch y cod, yna&apos;r rhif wrth ymyl pob blwch a diciwyd. Mae Tab yn hepgor cwestiwn a adawyd yn wag; mae Enter yn cadw&apos;r ffurflen ac yn dechrau&apos;r un nesaf.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>This form is from another session. Type it in on that session&apos;s page.</source>
        <translation type="unfinished">Mae&apos;r ffurflen hon o sesiwn arall. Teipiwch hi ar dudalen y sesiwn honno.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Monitoring form %s</source>
        <translation type="unfinished">Ffurflen fonitro %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evaluation slip %s</source>
        <translation type="unfinished">Slip gwerthuso %s</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>For &apos;%s&apos;, type a number from 0 to %d, or leave it blank.</source>
        <translation type="unfinished">Ar gyfer &apos;%s&apos;, teipiwch rif o 0 i %d, neu gadewch ef yn wag.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Type in a returned form</source>
        <translation type="unfinished">Teipio ffurflen a ddychwelwyd</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Kept %s. Type the next code.</source>
        <translation type="unfinished">Cadwyd %s. Teipiwch y cod nesaf.</translation>
    </message>
</context>
<context>
    <name>ReviewQuotesDialog</name>
    <message>
        <location filename="../ui/quote_review.py" line="+41"/>
        <source>Review quotes before publishing</source>
        <translation type="unfinished">Adolygu dyfyniadau cyn cyhoeddi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Something in these quotes looks personal: it is «marked». Keep a quote (contact details, addresses, codes and known names are still taken out), edit it, or leave it out. Quotes you leave undecided are left out.</source>
        <translation type="unfinished">Mae rhywbeth yn y dyfyniadau hyn yn edrych yn bersonol: mae «wedi&apos;i farcio». Cadwch ddyfyniad (caiff manylion cyswllt, cyfeiriadau, codau ac enwau hysbys eu tynnu allan o hyd), golygwch ef, neu gadewch ef allan. Caiff dyfyniadau heb benderfyniad eu gadael allan.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Quotes to review</source>
        <translation type="unfinished">Dyfyniadau i&apos;w hadolygu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quote</source>
        <translation type="unfinished">Dyfyniad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decision</source>
        <translation type="unfinished">Penderfyniad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edited words</source>
        <translation type="unfinished">Geiriau wedi&apos;u golygu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Found: %1</source>
        <translation type="unfinished">Canfuwyd: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Decision for quote %1</source>
        <translation type="unfinished">Penderfyniad ar gyfer dyfyniad %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave out</source>
        <translation type="unfinished">Gadael allan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep</source>
        <translation type="unfinished">Cadw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit</source>
        <translation type="unfinished">Golygu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Save decisions</source>
        <translation type="unfinished">&amp;Cadw&apos;r penderfyniadau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation type="unfinished">Canslo</translation>
    </message>
</context>
<context>
    <name>RowBinder</name>
    <message>
        <location filename="../ui/forms.py" line="+152"/>
        <source>Change %s</source>
        <translation type="unfinished">Newid %s</translation>
    </message>
</context>
<context>
    <name>RowTableEditor</name>
    <message>
        <location filename="../ui/row_table.py" line="+245"/>
        <location line="+1"/>
        <location line="+20"/>
        <location line="+23"/>
        <source>Add %s</source>
        <translation type="unfinished">Ychwanegu %s</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Remove</source>
        <translation type="unfinished">Tynnu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove selected %s</source>
        <translation type="unfinished">Tynnu %s a ddewiswyd</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Nothing here yet. Press “%s” to add the first one.</source>
        <translation type="unfinished">Dim byd yma eto. Pwyswch “%s” i ychwanegu&apos;r cyntaf.</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+5"/>
        <source>Remove %s</source>
        <translation type="unfinished">Tynnu %s</translation>
    </message>
</context>
<context>
    <name>RowTableModel</name>
    <message>
        <location line="-191"/>
        <source>Change %s</source>
        <translation type="unfinished">Newid %s</translation>
    </message>
</context>
<context>
    <name>ScanQueueWindow</name>
    <message>
        <location filename="../ui/scan_queue.py" line="+188"/>
        <source>Type in scanned paper — Workshop</source>
        <translation type="unfinished">Teipio papur a sganiwyd — Gweithdy</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+208"/>
        <source>Picture of what was written</source>
        <translation type="unfinished">Llun o&apos;r hyn a ysgrifennwyd</translation>
    </message>
    <message>
        <location line="-178"/>
        <source>Save and next</source>
        <translation type="unfinished">Cadw a&apos;r nesaf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Can&apos;t read</source>
        <translation type="unfinished">Methu darllen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blank</source>
        <translation type="unfinished">Gwag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave out of publications</source>
        <translation type="unfinished">Gadael allan o gyhoeddiadau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skip for now</source>
        <translation type="unfinished">Hepgor am nawr</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+64"/>
        <source>Close</source>
        <translation type="unfinished">Cau</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Close (Esc). Everything typed is kept.</source>
        <translation type="unfinished">Cau (Esc). Cedwir popeth a deipiwyd.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The form&apos;s questions</source>
        <translation type="unfinished">Cwestiynau&apos;r ffurflen</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Undo</source>
        <translation type="unfinished">Dadwneud</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — %2</source>
        <translation type="unfinished">%1 — %2</translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>%n left to type</source>
        <translation type="unfinished">
            <numerusform>%n ar ôl i&apos;w teipio</numerusform>
            <numerusform>%n ar ôl i&apos;w teipio</numerusform>
            <numerusform>%n ar ôl i&apos;w teipio</numerusform>
            <numerusform>%n ar ôl i&apos;w teipio</numerusform>
            <numerusform>%n ar ôl i&apos;w teipio</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Already returned — not counted again.</source>
        <translation type="unfinished">Wedi&apos;i ddychwelyd eisoes — nid yw&apos;n cael ei gyfrif eto.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Next (%1)</source>
        <translation type="unfinished">Nesaf (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the code (%1)</source>
        <translation type="unfinished">Gwirio&apos;r cod (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save and next (%1)</source>
        <translation type="unfinished">Cadw a&apos;r nesaf (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Page %1 of %2: no code could be read</source>
        <translation type="unfinished">Tudalen %1 o %2: nid oedd modd darllen cod</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type the code printed on this card or form (7 letters and numbers). Enter checks it; the card or form then joins the queue.</source>
        <translation type="unfinished">Teipiwch y cod a argraffwyd ar y cerdyn neu&apos;r ffurflen hon (7 llythyren a rhif). Mae Enter yn ei wirio; yna mae&apos;r cerdyn neu&apos;r ffurflen yn ymuno â&apos;r ciw.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;ode on the paper</source>
        <translation type="unfinished">C&amp;od ar y papur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Picture of the whole page</source>
        <translation type="unfinished">Llun o&apos;r dudalen gyfan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This card or form came back before. It is kept, but not counted again and not typed in. Enter shows the next.</source>
        <translation type="unfinished">Daeth y cerdyn neu&apos;r ffurflen hon yn ôl o&apos;r blaen. Caiff ei gadw, ond nid yw&apos;n cael ei gyfrif eto na&apos;i deipio. Mae Enter yn dangos yr un nesaf.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+26"/>
        <source>&amp;Nothing to type</source>
        <translation type="unfinished">&amp;Dim i&apos;w deipio</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Type the words as written. Enter saves and shows the next; Shift+Enter starts a new line.</source>
        <translation type="unfinished">Teipiwch y geiriau fel y&apos;u hysgrifennwyd. Mae Enter yn cadw ac yn dangos yr un nesaf; mae Shift+Enter yn dechrau llinell newydd.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Words on the card</source>
        <translation type="unfinished">&amp;Geiriau ar y cerdyn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Numbers ticked, in order</source>
        <translation type="unfinished">&amp;Rhifau a diciwyd, yn eu trefn</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing left to type in</source>
        <translation type="unfinished">Dim ar ôl i&apos;w deipio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every scanned card and form has been typed in or marked. Bring in more with File &gt; Bring in scans.</source>
        <translation type="unfinished">Mae pob cerdyn a ffurflen a sganiwyd wedi&apos;u teipio neu eu marcio. Dewch â rhagor i mewn gyda Ffeil &gt; Dod â sganiau i mewn.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>no session</source>
        <translation type="unfinished">dim sesiwn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Monitoring form %1 of %2</source>
        <translation type="unfinished">Ffurflen fonitro %1 o %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evaluation slip %1 of %2</source>
        <translation type="unfinished">Slip gwerthuso %1 o %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Feedback card %1 of %2</source>
        <translation type="unfinished">Cerdyn adborth %1 o %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type the number beside each ticked box, question by question, a space between: 0 for &apos;Prefer not to say&apos;, - for a question left blank. For example: 3 2 - 1. Enter saves and shows the next.</source>
        <translation type="unfinished">Teipiwch y rhif wrth ymyl pob blwch a diciwyd, fesul cwestiwn, gyda bwlch rhyngddynt: 0 am &apos;Mae&apos;n well gennyf beidio â dweud&apos;, - am gwestiwn a adawyd yn wag. Er enghraifft: 3 2 - 1. Mae Enter yn cadw ac yn dangos yr un nesaf.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>After the numbers, type the words written at the end.</source>
        <translation type="unfinished">Ar ôl y rhifau, teipiwch y geiriau a ysgrifennwyd ar y diwedd.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Type what is written first, or press Ctrl+R (can&apos;t read) or Ctrl+B (blank).</source>
        <translation type="unfinished">Teipiwch yr hyn a ysgrifennwyd yn gyntaf, neu pwyswch Ctrl+R (methu darllen) neu Ctrl+B (gwag).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Type in a scanned card</source>
        <translation type="unfinished">Teipio cerdyn a sganiwyd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type in a scanned form</source>
        <translation type="unfinished">Teipio ffurflen a sganiwyd</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Mark a scanned card unreadable</source>
        <translation type="unfinished">Marcio cerdyn a sganiwyd yn annarllenadwy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark a scanned card blank</source>
        <translation type="unfinished">Marcio cerdyn a sganiwyd yn wag</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Type the code of a scanned page</source>
        <translation type="unfinished">Teipio cod tudalen a sganiwyd</translation>
    </message>
</context>
<context>
    <name>SearchNotesDialog</name>
    <message>
        <location filename="../ui/board/search.py" line="+25"/>
        <source>Search notes</source>
        <translation type="unfinished">Chwilio nodiadau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Words to find</source>
        <translation type="unfinished">Geiriau i chwilio amdanynt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words to find in notes and themes</source>
        <translation type="unfinished">Geiriau i chwilio amdanynt mewn nodiadau a themâu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes found</source>
        <translation type="unfinished">Nodiadau a ddaeth i&apos;r fei</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>%n found</source>
        <translation type="unfinished">
            <numerusform>%n wedi&apos;u canfod</numerusform>
            <numerusform>%n wedi&apos;u canfod</numerusform>
            <numerusform>%n wedi&apos;u canfod</numerusform>
            <numerusform>%n wedi&apos;u canfod</numerusform>
            <numerusform>%n wedi&apos;u canfod</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionEditor</name>
    <message>
        <location filename="../ui/session_editor.py" line="+49"/>
        <source>Session pages</source>
        <translation type="unfinished">Tudalennau&apos;r sesiwn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a page of this session. Ctrl+Page Down and Ctrl+Page Up also move.</source>
        <translation type="unfinished">Dewiswch dudalen o&apos;r sesiwn hon. Mae Ctrl+Page Down a Ctrl+Page Up hefyd yn symud rhwng tudalennau.</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Untitled session</source>
        <translation type="unfinished">Sesiwn heb deitl</translation>
    </message>
</context>
<context>
    <name>SessionSidebar</name>
    <message>
        <location filename="../ui/session_list.py" line="+33"/>
        <source>No date yet</source>
        <translation type="unfinished">Dim dyddiad eto</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Programme views and sessions</source>
        <translation type="unfinished">Golygfeydd y rhaglen a sesiynau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the overview, a programme screen, or a session to edit</source>
        <translation type="unfinished">Dewiswch y trosolwg, sgrin rhaglen, neu sesiwn i&apos;w golygu</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Add</source>
        <translation type="unfinished">&amp;Ychwanegu</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+145"/>
        <source>Add session</source>
        <translation type="unfinished">Ychwanegu sesiwn</translation>
    </message>
    <message>
        <location line="-144"/>
        <source>Add a new session (Ctrl+Shift+N)</source>
        <translation type="unfinished">Ychwanegu sesiwn newydd (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dupli&amp;cate</source>
        <translation type="unfinished">Dy&amp;blygu</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+151"/>
        <source>Duplicate session</source>
        <translation type="unfinished">Dyblygu sesiwn</translation>
    </message>
    <message>
        <location line="-150"/>
        <source>Copy this session to plan a similar one</source>
        <translation type="unfinished">Copïo&apos;r sesiwn hon i gynllunio un debyg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation type="unfinished">Dileu…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+161"/>
        <location line="+8"/>
        <source>Delete session</source>
        <translation type="unfinished">Dileu sesiwn</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>SESSIONS</source>
        <translation type="unfinished">SESIYNAU</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Untitled session</source>
        <translation type="unfinished">Sesiwn heb deitl</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No sessions yet.
Use Add to plan the first one.</source>
        <translation type="unfinished">Dim sesiynau eto.
Defnyddiwch Ychwanegu i gynllunio&apos;r gyntaf.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>New session</source>
        <translation type="unfinished">Sesiwn newydd</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Delete “%s” and everything recorded for it? You can undo this with Edit &gt; Undo.</source>
        <translation type="unfinished">Dileu “%s” a phopeth a gofnodwyd ar ei chyfer? Gallwch ddadwneud hyn gyda Golygu &gt; Dadwneud.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete</source>
        <translation type="unfinished">Dileu</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../ui/help.py" line="+81"/>
        <location line="+11"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished">Llwybrau byr y bysellfwrdd</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Every action with a key of its own. Screens such as the board add their own keys while they are open.</source>
        <translation type="unfinished">Pob gweithred sydd ag allwedd ei hun. Mae sgriniau fel y bwrdd yn ychwanegu eu hallweddau eu hunain tra byddant ar agor.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Action</source>
        <translation type="unfinished">Gweithred</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation type="unfinished">Allweddi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where</source>
        <translation type="unfinished">Ble</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Close</source>
        <translation type="unfinished">Cau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close keyboard shortcuts</source>
        <translation type="unfinished">Cau llwybrau byr y bysellfwrdd</translation>
    </message>
</context>
<context>
    <name>StillOwedDialog</name>
    <message>
        <location filename="../ui/question_wall.py" line="+21"/>
        <location line="+9"/>
        <source>Questions still owed an answer</source>
        <translation type="unfinished">Cwestiynau sy&apos;n dal heb ateb</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Question</source>
        <translation type="unfinished">Cwestiwn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session</source>
        <translation type="unfinished">Sesiwn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where it stands</source>
        <translation type="unfinished">Sut mae pethau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asked by</source>
        <translation type="unfinished">Gofynnwyd gan</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 questions still owed an answer, %2 of them overdue.</source>
        <translation type="unfinished">%1 cwestiwn yn dal heb ateb, %2 ohonynt yn hwyr.</translation>
    </message>
</context>
<context>
    <name>TableFitter</name>
    <message>
        <location filename="../ui/tables.py" line="+163"/>
        <source>Hidden to fit the width: %1. A wider window shows them.</source>
        <translation type="unfinished">Wedi&apos;u cuddio i ffitio&apos;r lled: %1. Mae ffenestr letach yn eu dangos.</translation>
    </message>
</context>
<context>
    <name>TimerWindow</name>
    <message>
        <location filename="../ui/agenda/timer.py" line="+24"/>
        <source>Time left</source>
        <translation type="unfinished">Amser ar ôl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space starts or pauses · + adds five minutes · Esc leaves</source>
        <translation type="unfinished">Mae Bylchwr yn dechrau neu&apos;n oedi · mae + yn ychwanegu pum munud · mae Esc yn gadael</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../ui/welcome.py" line="+67"/>
        <location line="+1"/>
        <source>Welcome to Workshop</source>
        <translation type="unfinished">Croeso i Workshop</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Workshop helps you run sessions where residents shape how automated decisions and AI are used in their public services. It works without the internet and saves everything as you go.</source>
        <translation type="unfinished">Mae Workshop yn eich helpu i gynnal sesiynau lle mae trigolion yn llunio sut y defnyddir penderfyniadau awtomataidd a deallusrwydd artiffisial yn eu gwasanaethau cyhoeddus. Mae&apos;n gweithio heb y rhyngrwyd ac yn cadw popeth wrth i chi fynd.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>1. Plan each session</source>
        <translation type="unfinished">1. Cynllunio pob sesiwn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say what people can and cannot change, who you want to hear from, and what support and payment you offer so they can take part.</source>
        <translation type="unfinished">Dywedwch beth all a beth na all pobl ei newid, gan bwy rydych chi eisiau clywed, a pha gymorth a thâl rydych chi&apos;n eu cynnig fel y gallant gymryd rhan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>2. Run it on the day</source>
        <translation type="unfinished">2. Ei chynnal ar y diwrnod</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type up sticky notes, reactions to scenario cards and questions as people give them, and show them on a projector.</source>
        <translation type="unfinished">Teipiwch nodiadau gludiog, ymatebion i gardiau senario a chwestiynau wrth i bobl eu rhoi, a&apos;u dangos ar daflunydd.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>3. Close the loop</source>
        <translation type="unfinished">3. Cau&apos;r cylch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Turn what people said into points, publish what you did about each one, and send partners a summary pack.</source>
        <translation type="unfinished">Troi&apos;r hyn a ddywedodd pobl yn bwyntiau, cyhoeddi beth wnaethoch chi am bob un, ac anfon pecyn cryno at bartneriaid.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Open the &amp;demo programme</source>
        <translation type="unfinished">Agor y rhaglen &amp;enghreifftiol</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the demo programme</source>
        <translation type="unfinished">Agor y rhaglen enghreifftiol</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A made-up programme with five sessions to explore; your own file is kept</source>
        <translation type="unfinished">Rhaglen ddychmygol gyda phum sesiwn i&apos;w harchwilio; caiff eich ffeil eich hun ei chadw</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Start with my own programme</source>
        <translation type="unfinished">&amp;Dechrau gyda fy rhaglen fy hun</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start with my own programme</source>
        <translation type="unfinished">Dechrau gyda fy rhaglen fy hun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can see this again from Help &gt; Welcome. Press F1 for help.</source>
        <translation type="unfinished">Gallwch weld hwn eto o Cymorth &gt; Croeso. Pwyswch F1 am gymorth.</translation>
    </message>
</context>
<context>
    <name>board</name>
    <message>
        <location filename="../ui/board/list_model.py" line="-164"/>
        <source>Note</source>
        <translation type="unfinished">Nodyn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column</source>
        <translation type="unfinished">Colofn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theme</source>
        <translation type="unfinished">Thema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour</source>
        <translation type="unfinished">Lliw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dots</source>
        <translation type="unfinished">Dotiau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Significant because</source>
        <translation type="unfinished">Arwyddocaol oherwydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table or group</source>
        <translation type="unfinished">Bwrdd neu grŵp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participant code</source>
        <translation type="unfinished">Cod cyfranogwr</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <location filename="../../build/i18n/run_time_strings.py" line="+228"/>
        <source>A timebox of {minutes} minutes is longer than a whole day. Enter the minutes for this one exercise.</source>
        <translation type="unfinished">Mae {minutes} munud yn hirach na diwrnod cyfan. Rhowch y munudau ar gyfer yr un ymarfer hwn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The exercise needs a title. Type a few words, like Welcome.</source>
        <translation type="unfinished">Mae angen teitl ar yr ymarfer. Teipiwch ychydig eiriau, fel Croeso.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agenda changed while it was being reordered. Try again.</source>
        <translation type="unfinished">Newidiodd yr agenda tra oedd yn cael ei haildrefnu. Rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no backup file {backup}. Run &apos;workshop backup {file} --list&apos; to see the backups.</source>
        <translation type="unfinished">Does dim ffeil copi wrth gefn {backup}. Rhedwch &apos;workshop backup {file} --list&apos; i weld y copïau wrth gefn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} cannot be restored: {problem}. Choose another backup; {document} has not been changed.</source>
        <translation type="unfinished">Ni ellir adfer {file}: {problem}. Dewiswch gopi wrth gefn arall; nid yw {document} wedi newid.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} cannot be restored: {problem}.</source>
        <translation type="unfinished">Ni ellir adfer {file}: {problem}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not read {file} to back it up: {problem}.</source>
        <translation type="unfinished">Methu darllen {file} er mwyn gwneud copi wrth gefn: {problem}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workshop needs to update {file} to this version, but could not back it up first, so nothing was changed. {problem} Free some disk space, then open it again.</source>
        <translation type="unfinished">Mae angen i Workshop ddiweddaru {file} i&apos;r fersiwn hon, ond nid oedd modd gwneud copi wrth gefn ohoni yn gyntaf, felly ni newidiwyd dim. {problem} Rhyddhewch ychydig o le ar y ddisg, yna agorwch hi eto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not make the backup folder {folder}: {reason}.</source>
        <translation type="unfinished">Methu creu&apos;r ffolder copïau wrth gefn {folder}: {reason}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new backup of {file} failed its check ({problem}).</source>
        <translation type="unfinished">Ni lwyddodd y copi wrth gefn newydd o {file} yn y gwiriad ({problem}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not back up {file}: {problem}.</source>
        <translation type="unfinished">Methu gwneud copi wrth gefn o {file}: {problem}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not restore {file}: {reason}.</source>
        <translation type="unfinished">Methu adfer {file}: {reason}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The significant flag must be on or off.</source>
        <translation type="unfinished">Rhaid i&apos;r nod &apos;arwyddocaol&apos; fod ymlaen neu i ffwrdd.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say in a few words why this {what} is significant, so the reason travels with it into the summary.</source>
        <translation type="unfinished">Dywedwch mewn ychydig eiriau pam mae hwn ({what}) yn arwyddocaol, fel bod y rheswm yn mynd gydag ef i&apos;r crynodeb.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Votes must be a whole number.</source>
        <translation type="unfinished">Rhaid i&apos;r pleidleisiau fod yn rhif cyfan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A note cannot have fewer than no dots. Nothing was taken off.</source>
        <translation type="unfinished">Ni all nodyn gael llai na dim dotiau. Ni thynnwyd dim i ffwrdd.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All {allowed} dots for this room have been used ({dot_budget} each for {voters} people). Take a dot off another note, or raise the dots per person in the board&apos;s settings.</source>
        <translation type="unfinished">Mae pob un o&apos;r {allowed} dot ar gyfer yr ystafell hon wedi&apos;u defnyddio ({dot_budget} yr un i {voters} o bobl). Tynnwch ddot oddi ar nodyn arall, neu codwch nifer y dotiau i bob person yng ngosodiadau&apos;r bwrdd.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{code}&apos; does not look like a participant code. Use a short code such as P-017, never a name.</source>
        <translation type="unfinished">Nid yw &apos;{code}&apos; yn edrych fel cod cyfranogwr. Defnyddiwch god byr fel P-017, byth enw.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The table or group label is too long. Use a few words, like Table 3.</source>
        <translation type="unfinished">Mae label y bwrdd neu&apos;r grŵp yn rhy hir. Defnyddiwch ychydig eiriau, fel Bwrdd 3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That column is not on this board. Choose one of its columns.</source>
        <translation type="unfinished">Nid yw&apos;r golofn honno ar y bwrdd hwn. Dewiswch un o&apos;i golofnau.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That column no longer exists. Choose another column.</source>
        <translation type="unfinished">Nid yw&apos;r golofn honno&apos;n bodoli mwyach. Dewiswch golofn arall.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That theme is not on this board. Choose one of its themes.</source>
        <translation type="unfinished">Nid yw&apos;r thema honno ar y bwrdd hwn. Dewiswch un o&apos;i themâu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That card is no longer in the programme. Choose another card.</source>
        <translation type="unfinished">Nid yw&apos;r cerdyn hwnnw yn y rhaglen mwyach. Dewiswch gerdyn arall.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no built-in deck called &apos;{key}&apos;.</source>
        <translation type="unfinished">Does dim pecyn parod o&apos;r enw &apos;{key}&apos;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is {size} characters long; a deck file can be at most {most}. Shorten its stories, or split it into several decks.</source>
        <translation type="unfinished">Mae {name} yn {size} nod o hyd; gall ffeil pecyn fod yn {most} nod ar y mwyaf. Byrhewch ei straeon, neu rhannwch hi&apos;n sawl pecyn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is in the format &apos;{fmt}&apos;, which this version of Workshop cannot read. The first line should say format = &quot;{version}&quot;.</source>
        <translation type="unfinished">Mae {name} yn y fformat &apos;{fmt}&apos;, na all y fersiwn hon o Workshop ei ddarllen. Dylai&apos;r llinell gyntaf ddweud format = &quot;{version}&quot;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: the deck&apos;s key &apos;{key}&apos; may only use small letters, numbers and dashes.</source>
        <translation type="unfinished">{name}: dim ond llythrennau bach, rhifau a chysylltnodau y caiff allwedd y pecyn &apos;{key}&apos; eu defnyddio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: each card must start with a [[cards]] line.</source>
        <translation type="unfinished">{name}: rhaid i bob cerdyn ddechrau gyda llinell [[cards]].</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} has no cards. Add at least one [[cards]] section.</source>
        <translation type="unfinished">Does dim cardiau yn {name}. Ychwanegwch o leiaf un adran [[cards]].</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{place}: &apos;{field}&apos; is not a card field. Use only: {fields}.</source>
        <translation type="unfinished">{place}: nid yw &apos;{field}&apos; yn faes cerdyn. Defnyddiwch y rhain yn unig: {fields}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{place}: the key &apos;{key}&apos; may only use small letters, numbers and dashes.</source>
        <translation type="unfinished">{place}: dim ond llythrennau bach, rhifau a chysylltnodau y caiff yr allwedd &apos;{key}&apos; eu defnyddio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{place}: each statement about the law must start with a [[cards.law]] line.</source>
        <translation type="unfinished">{place}: rhaid i bob datganiad am y gyfraith ddechrau gyda llinell [[cards.law]].</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{place}: &apos;{name}&apos; must be text in quotes.</source>
        <translation type="unfinished">{place}: rhaid i &apos;{name}&apos; fod yn destun mewn dyfynodau.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{place}: &apos;{name}&apos; is missing. Add {name} = &quot;...&quot;.</source>
        <translation type="unfinished">{place}: mae &apos;{name}&apos; ar goll. Ychwanegwch {name} = &quot;...&quot;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{place}: &apos;{name}&apos; must be a list of text, like {name} = [&quot;first&quot;, &quot;second&quot;].</source>
        <translation type="unfinished">{place}: rhaid i &apos;{name}&apos; fod yn rhestr o destun, fel {name} = [&quot;cyntaf&quot;, &quot;ail&quot;].</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no folder {folder}. Choose another place to save.</source>
        <translation type="unfinished">Does dim ffolder {folder}. Dewiswch le arall i gadw.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That deck no longer exists; it may have been deleted.</source>
        <translation type="unfinished">Nid yw&apos;r pecyn hwnnw&apos;n bodoli mwyach; efallai ei fod wedi&apos;i ddileu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {what} must be a list of text. Put one on each line.</source>
        <translation type="unfinished">Rhaid i&apos;r maes &apos;{what}&apos; fod yn rhestr o destun. Rhowch un ar bob llinell.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The card&apos;s place in the deck must be 0 or more.</source>
        <translation type="unfinished">Rhaid i safle&apos;r cerdyn yn y pecyn fod yn 0 neu fwy.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is not a readable deck file: {problem}. Fix that line, or export the deck again from Workshop.</source>
        <translation type="unfinished">Nid yw {name} yn ffeil pecyn y gellir ei darllen: {problem}. Cywirwch y llinell honno, neu allforiwch y pecyn eto o Workshop.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} has lists or tables nested too deeply to be a deck file. A deck holds [[cards]] sections of text; export the deck again from Workshop.</source>
        <translation type="unfinished">Mae gan {name} restrau neu dablau wedi&apos;u nythu&apos;n rhy ddwfn i fod yn ffeil pecyn. Mae pecyn yn cynnwys adrannau [[cards]] o destun; allforiwch y pecyn eto o Workshop.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}, card {number} (&apos;{title}&apos;): the key &apos;{key}&apos; is used by another card. Give each card its own key.</source>
        <translation type="unfinished">{name}, cerdyn {number} (&apos;{title}&apos;): mae cerdyn arall yn defnyddio&apos;r allwedd &apos;{key}&apos;. Rhowch ei allwedd ei hun i bob cerdyn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{place}: each term must start with a [[terms]] line.</source>
        <translation type="unfinished">{place}: rhaid i bob term ddechrau gyda llinell [[terms]].</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{place}: {problem}</source>
        <translation type="unfinished">{place}: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{place}: &apos;{field}&apos; is not a law field. Use only: says, source, address, checked.</source>
        <translation type="unfinished">{place}: nid yw &apos;{field}&apos; yn faes cyfraith. Defnyddiwch y rhain yn unig: says, source, address, checked.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no deck file called {file} in {folder}. Check the name.</source>
        <translation type="unfinished">Does dim ffeil pecyn o&apos;r enw {file} yn {folder}. Gwiriwch yr enw.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} is not a text file. Choose a deck file ending in {suffix}.</source>
        <translation type="unfinished">Nid yw {file} yn ffeil testun. Dewiswch ffeil pecyn sy&apos;n gorffen â {suffix}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not read {file}: {reason}.</source>
        <translation type="unfinished">Methu darllen {file}: {reason}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the programme&apos;s feedback address first, with {code} where each card&apos;s code goes, for example https://example.gov.uk/have-your-say?card={code}.</source>
        <translation type="unfinished">Gosodwch gyfeiriad adborth y rhaglen yn gyntaf, gyda {code} lle mae cod pob cerdyn yn mynd, er enghraifft https://example.gov.uk/have-your-say?card={code}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no session with id {session_id}. Run &apos;workshop sessions FILE&apos; to see them.</source>
        <translation type="unfinished">Does dim sesiwn â&apos;r id {session_id}. Rhedwch &apos;workshop sessions FILE&apos; i&apos;w gweld.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The number of cards must be between 1 and {most}. Choose how many to print.</source>
        <translation type="unfinished">Rhaid i nifer y cardiau fod rhwng 1 a {most}. Dewiswch faint i&apos;w hargraffu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cards were printed for this session since this preview was made. Make the preview again so the numbers carry on from the last card.</source>
        <translation type="unfinished">Cafodd cardiau eu hargraffu ar gyfer y sesiwn hon ers gwneud y rhagolwg hwn. Gwnewch y rhagolwg eto fel bod y rhifau&apos;n parhau o&apos;r cerdyn olaf.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No card with this code was printed in this programme.</source>
        <translation type="unfinished">Ni argraffwyd unrhyw gerdyn â&apos;r cod hwn yn y rhaglen hon.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{problem} Did you mean {nearest}? Check the card.</source>
        <translation type="unfinished">{problem} Oeddech chi&apos;n golygu {nearest}? Gwiriwch y cerdyn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the words from the card (or what was said) before adding it.</source>
        <translation type="unfinished">Teipiwch y geiriau o&apos;r cerdyn (neu&apos;r hyn a ddywedwyd) cyn ei ychwanegu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These words from card {code} are already recorded.</source>
        <translation type="unfinished">Mae&apos;r geiriau hyn o gerdyn {code} wedi&apos;u cofnodi eisoes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{code}&apos; is not a valid card code. Print new cards instead.</source>
        <translation type="unfinished">Nid yw &apos;{code}&apos; yn god cerdyn dilys. Argraffwch gardiau newydd yn lle hynny.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A returned response needs some words. Type what the card says.</source>
        <translation type="unfinished">Mae angen geiriau ar ymateb a ddychwelwyd. Teipiwch yr hyn sydd ar y cerdyn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That card code was not accepted.</source>
        <translation type="unfinished">Ni dderbyniwyd cod y cerdyn hwnnw.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date received &apos;{received_at}&apos; is not a date. Type it like 2027-02-14 or 14/02/2027.</source>
        <translation type="unfinished">Nid yw&apos;r dyddiad derbyn &apos;{received_at}&apos; yn ddyddiad. Teipiwch ef fel 2027-02-14 neu 14/02/2027.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not read {file}: {reason}. Check the file name and try again.</source>
        <translation type="unfinished">Methu darllen {file}: {reason}. Gwiriwch enw&apos;r ffeil a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No code typed yet.</source>
        <translation type="unfinished">Dim cod wedi&apos;i deipio eto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{wrong}&apos; cannot be in a card code.</source>
        <translation type="unfinished">Ni all &apos;{wrong}&apos; fod mewn cod cerdyn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A card code has {length} characters; {typed} typed so far.</source>
        <translation type="unfinished">Mae gan god cerdyn {length} nod; {typed} wedi&apos;u teipio hyd yma.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A card code has {length} characters; {typed} were typed.</source>
        <translation type="unfinished">Mae gan god cerdyn {length} nod; teipiwyd {typed}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That code does not add up: one character is probably misread or mistyped.</source>
        <translation type="unfinished">Nid yw&apos;r cod hwnnw&apos;n gywir: mae&apos;n debyg bod un nod wedi&apos;i gamddarllen neu wedi&apos;i gamdeipio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{wrong}&apos; cannot be in a card code. Codes never use 0 or O.</source>
        <translation type="unfinished">Ni all &apos;{wrong}&apos; fod mewn cod cerdyn. Nid yw codau byth yn defnyddio 0 nac O.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{wrong}&apos; cannot be in a card code. Codes never use 1, I or L.</source>
        <translation type="unfinished">Ni all &apos;{wrong}&apos; fod mewn cod cerdyn. Nid yw codau byth yn defnyddio 1, I nac L.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No column in {source} holds card codes or feedback addresses, so it does not look like this programme&apos;s feedback; nothing was changed. Check you chose the right file.</source>
        <translation type="unfinished">Does dim colofn yn {source} sy&apos;n cynnwys codau cardiau na chyfeiriadau adborth, felly nid yw&apos;n edrych fel adborth y rhaglen hon; ni newidiwyd dim. Gwiriwch eich bod wedi dewis y ffeil gywir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{source} holds no responses (it needs a header row and at least one answer); nothing was changed.</source>
        <translation type="unfinished">Does dim ymatebion yn {source} (mae angen rhes pennawd ac o leiaf un ateb); ni newidiwyd dim.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{role}&apos; is not a kind of column; use answer, code, when, personal or ignore. Nothing was changed.</source>
        <translation type="unfinished">Nid yw &apos;{role}&apos; yn fath o golofn; defnyddiwch answer, code, when, personal neu ignore. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose exactly one column of card codes (and at most one of dates) in {source}; nothing was changed.</source>
        <translation type="unfinished">Dewiswch union un golofn o godau cardiau (ac un golofn o ddyddiadau ar y mwyaf) yn {source}; ni newidiwyd dim.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No column in {source} looks like people&apos;s answers, so nothing was imported. Say which column holds them (--answer-column NAME). Its columns are: {columns}.</source>
        <translation type="unfinished">Does dim colofn yn {source} yn edrych fel atebion pobl, felly ni fewnforiwyd dim. Dywedwch pa golofn sy&apos;n eu cynnwys (--answer-column NAME). Ei cholofnau yw: {columns}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{source} is not a well-formed CSV file ({problem}); nothing was changed. Export it from the form again as CSV.</source>
        <translation type="unfinished">Nid yw {source} yn ffeil CSV gywir ({problem}); ni newidiwyd dim. Allforiwch hi o&apos;r ffurflen eto fel CSV.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{source} has no column called &apos;{column}&apos;. Its columns are: {columns}. Nothing was changed.</source>
        <translation type="unfinished">Does dim colofn o&apos;r enw &apos;{column}&apos; yn {source}. Ei cholofnau yw: {columns}. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The folder {folder} does not exist. Choose a folder that exists, or create it first.</source>
        <translation type="unfinished">Nid yw&apos;r ffolder {folder} yn bodoli. Dewiswch ffolder sy&apos;n bodoli, neu crëwch ef yn gyntaf.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not write {file}: {reason}. Nothing was changed; free some space or choose another folder, then try again.</source>
        <translation type="unfinished">Methu ysgrifennu {file}: {reason}. Ni newidiwyd dim; rhyddhewch ychydig o le neu dewiswch ffolder arall, yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{term}&apos; is already in the glossary. Change that one instead.</source>
        <translation type="unfinished">Mae &apos;{term}&apos; yn yr eirfa eisoes. Newidiwch hwnnw yn lle hynny.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The built-in glossary could not be read: {problem}.</source>
        <translation type="unfinished">Nid oedd modd darllen yr eirfa barod: {problem}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The built-in glossary&apos;s term {number} (&apos;{term}&apos;): {problem}</source>
        <translation type="unfinished">Term {number} yn yr eirfa barod (&apos;{term}&apos;): {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} is being opened and closed repeatedly. Try again.</source>
        <translation type="unfinished">Mae {file} yn cael ei hagor a&apos;i chau dro ar ôl tro. Rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} is already open in the &apos;workshop {command}&apos; command. Close it there first, then try again.</source>
        <translation type="unfinished">Mae {file} eisoes ar agor yn y gorchymyn &apos;workshop {command}&apos;. Caewch hi yno yn gyntaf, yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} is already open in another Workshop window. Close it there first, then try again.</source>
        <translation type="unfinished">Mae {file} eisoes ar agor mewn ffenestr Workshop arall. Caewch hi yno yn gyntaf, yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} is already open in the &apos;workshop {command}&apos; command since {since} on the computer {host}. Close it there first, then try again.</source>
        <translation type="unfinished">Mae {file} ar agor yn y gorchymyn &apos;workshop {command}&apos; ers {since} ar y cyfrifiadur {host}. Caewch hi yno yn gyntaf, yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} is already open in the &apos;workshop {command}&apos; command since {since}. Close it there first, then try again.</source>
        <translation type="unfinished">Mae {file} ar agor yn y gorchymyn &apos;workshop {command}&apos; ers {since}. Caewch hi yno yn gyntaf, yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} is already open in the &apos;workshop {command}&apos; command on the computer {host}. Close it there first, then try again.</source>
        <translation type="unfinished">Mae {file} eisoes ar agor yn y gorchymyn &apos;workshop {command}&apos; ar y cyfrifiadur {host}. Caewch hi yno yn gyntaf, yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} is already open in another Workshop window since {since} on the computer {host}. Close it there first, then try again.</source>
        <translation type="unfinished">Mae {file} ar agor mewn ffenestr Workshop arall ers {since} ar y cyfrifiadur {host}. Caewch hi yno yn gyntaf, yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} is already open in another Workshop window since {since}. Close it there first, then try again.</source>
        <translation type="unfinished">Mae {file} ar agor mewn ffenestr Workshop arall ers {since}. Caewch hi yno yn gyntaf, yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} is already open in another Workshop window on the computer {host}. Close it there first, then try again.</source>
        <translation type="unfinished">Mae {file} eisoes ar agor mewn ffenestr Workshop arall ar y cyfrifiadur {host}. Caewch hi yno yn gyntaf, yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} is in a folder Workshop cannot write to ({reason}), so it can only be opened read-only.</source>
        <translation type="unfinished">Mae {file} mewn ffolder na all Workshop ysgrifennu iddo ({reason}), felly dim ond i&apos;w darllen y gellir ei hagor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{tag}&apos; is not a language code. Use a short code such as cy for Welsh or ur for Urdu, or leave the language not set.</source>
        <translation type="unfinished">Nid yw &apos;{tag}&apos; yn god iaith. Defnyddiwch god byr fel cy ar gyfer Cymraeg neu ur ar gyfer Wrdw, neu gadewch yr iaith heb ei gosod.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{tag}&apos; is not a language code. List codes separated by commas, such as en,cy for English and Welsh.</source>
        <translation type="unfinished">Nid yw &apos;{tag}&apos; yn god iaith. Rhestrwch godau wedi&apos;u gwahanu gan atalnodau, fel en,cy ar gyfer Saesneg a Chymraeg.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} holds changes dated as late as {latest_day}, {ahead} after this laptop&apos;s clock ({today_day}). One of the two clocks is probably wrong: if you merge, its changes will win wherever a detail was changed on both laptops, even over changes made since. Check the date and time on both laptops, then merge again, or use --trust-clocks to merge anyway. Nothing was merged.</source>
        <translation type="unfinished">Mae {file} yn dal newidiadau wedi&apos;u dyddio mor hwyr â {latest_day}, {ahead} ar ôl cloc y gliniadur hwn ({today_day}). Mae&apos;n debyg bod un o&apos;r ddau gloc yn anghywir: os byddwch yn cyfuno, bydd ei newidiadau&apos;n ennill lle bynnag y newidiwyd manylyn ar y ddau liniadur, hyd yn oed dros newidiadau a wnaed ers hynny. Gwiriwch y dyddiad a&apos;r amser ar y ddau liniadur, yna cyfunwch eto, neu defnyddiwch --trust-clocks i gyfuno beth bynnag. Ni chyfunwyd dim.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no file called {file} in {folder}. Check the name of the file to merge.</source>
        <translation type="unfinished">Does dim ffeil o&apos;r enw {file} yn {folder}. Gwiriwch enw&apos;r ffeil i&apos;w chyfuno.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} holds no programme. Nothing was merged.</source>
        <translation type="unfinished">Does dim rhaglen yn {file}. Ni chyfunwyd dim.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That is this same file. Choose the file from the other laptop to merge.</source>
        <translation type="unfinished">Dyna&apos;r un ffeil â hon. Dewiswch y ffeil o&apos;r gliniadur arall i&apos;w chyfuno.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} could not be merged: some of its items clash with items in this file ({problem}). Nothing was merged.</source>
        <translation type="unfinished">Nid oedd modd cyfuno {file}: mae rhai o&apos;i heitemau&apos;n gwrthdaro ag eitemau yn y ffeil hon ({problem}). Ni chyfunwyd dim.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} could not be read to the end; it looks damaged. Nothing was merged.</source>
        <translation type="unfinished">Nid oedd modd darllen {file} hyd y diwedd; mae&apos;n edrych fel pe bai wedi&apos;i difrodi. Ni chyfunwyd dim.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} holds a different programme (&apos;{theirs}&apos;), not &apos;{ours}&apos;. Merge it only if you are sure: confirm, or use --yes.</source>
        <translation type="unfinished">Mae {file} yn cynnwys rhaglen wahanol (&apos;{theirs}&apos;), nid &apos;{ours}&apos;. Cyfunwch hi dim ond os ydych chi&apos;n siŵr: cadarnhewch, neu defnyddiwch --yes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} could not be merged: one of its {items} was refused ({problem}) Nothing was merged.</source>
        <translation type="unfinished">Nid oedd modd cyfuno {file}: gwrthodwyd un o&apos;r eitemau ({items}) ynddi ({problem}) Ni chyfunwyd dim.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{problem} Type the code printed at the top of the form.</source>
        <translation type="unfinished">{problem} Teipiwch y cod sydd wedi&apos;i argraffu ar frig y ffurflen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{code} is not a monitoring form or evaluation slip code: those start with M or E.</source>
        <translation type="unfinished">Nid yw {code} yn god ffurflen fonitro na slip gwerthuso: mae&apos;r rheini&apos;n dechrau ag M neu E.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No session in this programme printed the form {code}. Check the code.</source>
        <translation type="unfinished">Ni chafodd y ffurflen {code} ei hargraffu gan unrhyw sesiwn yn y rhaglen hon. Gwiriwch y cod.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two sessions share the form code {code}; type this form in from its session.</source>
        <translation type="unfinished">Mae dwy sesiwn yn rhannu&apos;r cod ffurflen {code}; teipiwch y ffurflen hon o&apos;i sesiwn ei hun.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For &apos;{question}&apos;, type a number from 0 to {most}, or leave it blank.</source>
        <translation type="unfinished">Ar gyfer &apos;{question}&apos;, teipiwch rif o 0 i {most}, neu gadewch ef yn wag.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {what} {code} has already been typed in. Put it on the done pile.</source>
        <translation type="unfinished">Mae {code} ({what}) wedi cael ei deipio eisoes. Rhowch y papur ar y pentwr o rai sydd wedi&apos;u gwneud.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{code} is not the code of a {what}.</source>
        <translation type="unfinished">Nid yw {code} yn god {what}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That point no longer exists; it may have been deleted.</source>
        <translation type="unfinished">Nid yw&apos;r pwynt hwnnw&apos;n bodoli mwyach; efallai ei fod wedi&apos;i ddileu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A significant point needs a reason, for example &apos;a risk of unfair treatment for one group&apos;. Say why it matters, or untick &apos;Significant&apos;.</source>
        <translation type="unfinished">Mae angen rheswm ar bwynt arwyddocaol, er enghraifft &apos;risg o driniaeth annheg i un grŵp&apos;. Dywedwch pam mae&apos;n bwysig, neu dad-diciwch &apos;Arwyddocaol&apos;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tags could not be read. Type them separated by commas.</source>
        <translation type="unfinished">Nid oedd modd darllen y tagiau. Teipiwch nhw wedi&apos;u gwahanu gan atalnodau.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This response cannot be published yet. {problems}</source>
        <translation type="unfinished">Ni ellir cyhoeddi&apos;r ymateb hwn eto. {problems}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write down the answer that was given, so it can be shared later.</source>
        <translation type="unfinished">Ysgrifennwch yr ateb a roddwyd, fel y gellir ei rannu&apos;n nes ymlaen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A parked question needs an owner: the person or team who will answer it.</source>
        <translation type="unfinished">Mae angen perchennog ar gwestiwn sydd wedi&apos;i barcio: y person neu&apos;r tîm a fydd yn ei ateb.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A parked question needs a date the written answer is due. Use the form 2027-03-14.</source>
        <translation type="unfinished">Mae angen dyddiad disgwyl yr ateb ysgrifenedig ar gwestiwn sydd wedi&apos;i barcio. Defnyddiwch y ffurf 2027-03-14.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no session {session}. Run &apos;workshop sessions FILE&apos; to see the ids.</source>
        <translation type="unfinished">Nid oes sesiwn {session}. Rhedwch &apos;workshop sessions FILE&apos; i weld y dynodwyr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No column of {source} matches a question of the {what}, so nothing was brought in. Its columns are: {columns}.</source>
        <translation type="unfinished">Nid oes colofn yn {source} sy&apos;n cyfateb i gwestiwn yn y {what}, felly ni ddaethpwyd â dim i mewn. Ei cholofnau yw: {columns}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Row {row}: the form code {code} is not a {what} of this session. Nothing was brought in.</source>
        <translation type="unfinished">Rhes {row}: nid yw&apos;r cod ffurflen {code} yn {what} o&apos;r sesiwn hon. Ni ddaethpwyd â dim i mewn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Row {row}, column &apos;{column}&apos;: &apos;{value}&apos; is not one of the answers. Use one of: {allowed}. Nothing was brought in.</source>
        <translation type="unfinished">Rhes {row}, colofn &apos;{column}&apos;: nid yw &apos;{value}&apos; yn un o&apos;r atebion. Defnyddiwch un o: {allowed}. Ni ddaethpwyd â dim i mewn.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The plan {key} is {size} characters long; a session plan can be at most {most}. Fix the file.</source>
        <translation type="unfinished">Mae&apos;r cynllun {key} yn {size} nod o hyd; gall cynllun sesiwn fod yn {most} nod ar y mwyaf. Cywirwch y ffeil.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plan {key} needs a title = &quot;...&quot; line.</source>
        <translation type="unfinished">Mae angen llinell title = &quot;...&quot; ar y cynllun {key}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plan {key} has format &apos;{fmt}&apos;. Use one of: {choices}.</source>
        <translation type="unfinished">Mae gan y cynllun {key} y fformat &apos;{fmt}&apos;. Defnyddiwch un o&apos;r rhain: {choices}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plan {key} must list its exercises as [[exercise]] tables. Fix the file.</source>
        <translation type="unfinished">Rhaid i&apos;r cynllun {key} restru ei ymarferion fel tablau [[exercise]]. Cywirwch y ffeil.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plan {key} has no [[exercise]] entries. Add at least one.</source>
        <translation type="unfinished">Does dim cofnodion [[exercise]] yn y cynllun {key}. Ychwanegwch o leiaf un.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: {name} must be a word in quotes, like {name} = &quot;board&quot;.</source>
        <translation type="unfinished">{where}: rhaid i {name} fod yn air mewn dyfynodau, fel {name} = &quot;board&quot;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In {where}, kind &apos;{kind}&apos; is not known. Use board, cards, questions or other.</source>
        <translation type="unfinished">Yn {where}, nid yw&apos;r math &apos;{kind}&apos; yn hysbys. Defnyddiwch board, cards, questions neu other.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In {where}, add a title = &quot;...&quot; line.</source>
        <translation type="unfinished">Yn {where}, ychwanegwch linell title = &quot;...&quot;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In {where}, minutes must be a whole number from 0 to 480.</source>
        <translation type="unfinished">Yn {where}, rhaid i minutes fod yn rhif cyfan o 0 i 480.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In {where}, template &apos;{template}&apos; is not known. Use one of: {choices}.</source>
        <translation type="unfinished">Yn {where}, nid yw&apos;r templed &apos;{template}&apos; yn hysbys. Defnyddiwch un o&apos;r rhain: {choices}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In {where}, dot_budget must be a whole number, 0 or more.</source>
        <translation type="unfinished">Yn {where}, rhaid i dot_budget fod yn rhif cyfan, 0 neu fwy.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plan {key} is not valid TOML ({problem}). Fix the file.</source>
        <translation type="unfinished">Nid yw&apos;r cynllun {key} yn TOML dilys ({problem}). Cywirwch y ffeil.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plan {key} has lists or tables nested too deeply to be a session plan. A plan holds [[exercise]] sections; fix the file.</source>
        <translation type="unfinished">Mae gan y cynllun {key} restrau neu dablau wedi&apos;u nythu&apos;n rhy ddwfn i fod yn gynllun sesiwn. Mae cynllun yn cynnwys adrannau [[exercise]]; cywirwch y ffeil.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The folder {folder} is read-only, so Workshop cannot write there; the file is not damaged and nothing was changed. Copy it to a folder you can write to, or choose another folder.</source>
        <translation type="unfinished">Mae&apos;r ffolder {folder} i&apos;w ddarllen yn unig, felly ni all Workshop ysgrifennu yno; nid yw&apos;r ffeil wedi&apos;i difrodi ac ni newidiwyd dim. Copïwch hi i ffolder y gallwch ysgrifennu iddo, neu dewiswch ffolder arall.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} looks damaged or only partly copied, so it was not opened and has not been changed. Copy it again from where it came from, or restore a backup.</source>
        <translation type="unfinished">Mae&apos;n edrych fel pe bai {name} wedi&apos;i difrodi neu wedi&apos;i chopïo&apos;n rhannol yn unig, felly ni chafodd ei hagor ac nid yw wedi newid. Copïwch hi eto o&apos;r lle y daeth, neu adferwch gopi wrth gefn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} is not a Workshop programme file. Choose a .workshop file, or use File &gt; New to start a new programme.</source>
        <translation type="unfinished">Nid yw {name} yn ffeil rhaglen Workshop. Dewiswch ffeil .workshop, neu defnyddiwch Ffeil &gt; Rhaglen newydd i ddechrau rhaglen newydd.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is a database, but not a Workshop programme file. Choose a .workshop file, or use File &gt; New to start a new programme.</source>
        <translation type="unfinished">Mae {name} yn gronfa ddata, ond nid yw&apos;n ffeil rhaglen Workshop. Dewiswch ffeil .workshop, neu defnyddiwch Ffeil &gt; Rhaglen newydd i ddechrau rhaglen newydd.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The disk is full, so nothing was saved; the file is not damaged and is as it was. Free some space (empty the recycle bin, move old files off), then try again.</source>
        <translation type="unfinished">Mae&apos;r ddisg yn llawn, felly ni chadwyd dim; nid yw&apos;r ffeil wedi&apos;i difrodi ac mae fel yr oedd. Rhyddhewch ychydig o le (gwagiwch y bin ailgylchu, symudwch hen ffeiliau oddi arni), yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not read {name}: {reason}.</source>
        <translation type="unfinished">Methu darllen {name}: {reason}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} was saved by a newer version of Workshop. Install the newer version to open it; the file has not been changed.</source>
        <translation type="unfinished">Cafodd {name} ei chadw gan fersiwn fwy newydd o Workshop. Gosodwch y fersiwn fwy newydd i&apos;w hagor; nid yw&apos;r ffeil wedi newid.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} already exists. Choose another name, or open it instead.</source>
        <translation type="unfinished">Mae {file} yn bodoli eisoes. Dewiswch enw arall, neu agorwch ef yn lle hynny.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no file called {file} in {folder}. Check the name, or use File &gt; New to start a programme there.</source>
        <translation type="unfinished">Does dim ffeil o&apos;r enw {file} yn {folder}. Gwiriwch yr enw, neu defnyddiwch Ffeil &gt; Rhaglen newydd i ddechrau rhaglen yno.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} already exists. Choose a new name for the copy.</source>
        <translation type="unfinished">Mae {file} yn bodoli eisoes. Dewiswch enw newydd i&apos;r copi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This programme is open read-only, so nothing can be changed. Close the other window that has it open, then open it again.</source>
        <translation type="unfinished">Mae&apos;r rhaglen hon ar agor i&apos;w darllen yn unig, felly ni ellir newid dim. Caewch y ffenestr arall sydd â hi ar agor, yna agorwch hi eto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That item no longer exists; it may have been deleted.</source>
        <translation type="unfinished">Nid yw&apos;r eitem honno&apos;n bodoli mwyach; efallai ei bod wedi&apos;i dileu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not create {file}: {problem}.</source>
        <translation type="unfinished">Methu creu {file}: {problem}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not write {file}: {problem}.</source>
        <translation type="unfinished">Methu ysgrifennu {file}: {problem}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not open {file}: {problem}.</source>
        <translation type="unfinished">Methu agor {file}: {problem}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {what} is {length} characters long; the most is {most}. Shorten it, or split it into several.</source>
        <translation type="unfinished">Mae&apos;r maes &apos;{what}&apos; yn {length} nod o hyd; yr uchafswm yw {most}. Byrhewch ef, neu rhannwch ef yn sawl un.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{value}&apos; is not a known {what}. Choose one of: {options}.</source>
        <translation type="unfinished">Nid yw &apos;{value}&apos; yn werth hysbys ar gyfer &apos;{what}&apos;. Dewiswch un o&apos;r rhain: {options}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {what} must be a whole number.</source>
        <translation type="unfinished">Rhaid i&apos;r maes &apos;{what}&apos; fod yn rhif cyfan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {what} cannot be negative. Enter 0 or more.</source>
        <translation type="unfinished">Ni all y maes &apos;{what}&apos; fod yn negatif. Rhowch 0 neu fwy.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {what} cannot be empty. Type a few words.</source>
        <translation type="unfinished">Ni all y maes &apos;{what}&apos; fod yn wag. Teipiwch ychydig eiriau.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The feedback address must contain {code} where each card&apos;s code goes, for example https://example.gov.uk/have-your-say?card={code}.</source>
        <translation type="unfinished">Rhaid i&apos;r cyfeiriad adborth gynnwys {code} lle mae cod pob cerdyn yn mynd, er enghraifft https://example.gov.uk/have-your-say?card={code}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The session must end after it starts. Check the start and end times.</source>
        <translation type="unfinished">Rhaid i&apos;r sesiwn orffen ar ôl iddi ddechrau. Gwiriwch yr amseroedd dechrau a gorffen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A name or contact can only be kept once the person&apos;s consent is recorded. Record consent first, or keep just the participant code.</source>
        <translation type="unfinished">Dim ond ar ôl cofnodi caniatâd y person y gellir cadw enw neu fanylion cyswllt. Cofnodwch y caniatâd yn gyntaf, neu cadwch god y cyfranogwr yn unig.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {what} &apos;{value}&apos; is not a date and time. Use the form 2026-03-14 18:30.</source>
        <translation type="unfinished">Nid yw &apos;{value}&apos; ({what}) yn ddyddiad ac amser. Defnyddiwch y ffurf 2026-03-14 18:30.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {what} &apos;{value}&apos; is not a date. Use the form 2026-03-14.</source>
        <translation type="unfinished">Nid yw &apos;{value}&apos; ({what}) yn ddyddiad. Defnyddiwch y ffurf 2026-03-14.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no handout called &apos;{part}&apos;. Choose from: {choices}.</source>
        <translation type="unfinished">Does dim taflen o&apos;r enw &apos;{part}&apos;. Dewiswch o&apos;r rhain: {choices}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The poster prints on A4 or A3, not &apos;{size}&apos;.</source>
        <translation type="unfinished">Mae&apos;r poster yn argraffu ar A4 neu A3, nid &apos;{size}&apos;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no session with id {session_id} in this programme. Run &apos;workshop sessions FILE&apos; to see the session ids.</source>
        <translation type="unfinished">Does dim sesiwn â&apos;r id {session_id} yn y rhaglen hon. Rhedwch &apos;workshop sessions FILE&apos; i weld ids y sesiynau.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print from 1 to {most} copies of each form; {copies} was asked for.</source>
        <translation type="unfinished">Argraffwch rhwng 1 a {most} copi o bob ffurflen; gofynnwyd am {copies}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no printed wording in &apos;{code}&apos; yet. Choose one of {known}, or add assets/print-languages/{code}.toml (docs/print-languages.md says how).</source>
        <translation type="unfinished">Does dim geiriad printiedig yn &apos;{code}&apos; eto. Dewiswch un o {known}, neu ychwanegwch assets/print-languages/{code}.toml (mae docs/print-languages.md yn esbonio sut).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} must list 12 month names under [language] months.</source>
        <translation type="unfinished">Rhaid i {file} restru enwau&apos;r 12 mis o dan [language] months.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The printed wording file {file} could not be read: {problem}.</source>
        <translation type="unfinished">Nid oedd modd darllen y ffeil geiriad printiedig {file}: {problem}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} must end in .json or .zip. Choose OUT.json for the data alone, or OUT.zip for the data with a CSV per table and the board pictures.</source>
        <translation type="unfinished">Rhaid i {file} orffen â .json neu .zip. Dewiswch OUT.json ar gyfer y data yn unig, neu OUT.zip ar gyfer y data gyda CSV i bob tabl a lluniau&apos;r byrddau.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} would unpack to {size} MB of data, more than the {limit} MB allowed for a Workshop record of its size, so it was not read. Nothing was imported; check where it came from.</source>
        <translation type="unfinished">Byddai {file} yn dadbacio i {size} MB o ddata, mwy na&apos;r {limit} MB a ganiateir ar gyfer cofnod Workshop o&apos;i maint, felly ni chafodd ei darllen. Ni fewnforiwyd dim; gwiriwch o ble y daeth.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The folder {folder} does not exist. Choose a folder that exists.</source>
        <translation type="unfinished">Nid yw&apos;r ffolder {folder} yn bodoli. Dewiswch ffolder sy&apos;n bodoli.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} is a damaged zip (its record could not be unpacked). Nothing was imported; export it again.</source>
        <translation type="unfinished">Mae {file} yn ffeil zip sydd wedi&apos;i difrodi (nid oedd modd dadbacio&apos;r cofnod ynddi). Ni fewnforiwyd dim; allforiwch hi eto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} is not a Workshop record (it is not UTF-8 text). Nothing was imported.</source>
        <translation type="unfinished">Nid yw {file} yn gofnod Workshop (nid yw&apos;n destun UTF-8). Ni fewnforiwyd dim.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} is nested too deeply to be a Workshop record. Nothing was imported.</source>
        <translation type="unfinished">Mae {file} wedi&apos;i nythu&apos;n rhy ddwfn i fod yn gofnod Workshop. Ni fewnforiwyd dim.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} is not valid JSON (line {line}, column {column}: {detail}). Nothing was imported.</source>
        <translation type="unfinished">Nid yw {file} yn JSON dilys (llinell {line}, colofn {column}: {detail}). Ni fewnforiwyd dim.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{table}: a row points to a missing {parent} row. Nothing was imported.</source>
        <translation type="unfinished">{table}: mae rhes yn cyfeirio at res {parent} sydd ar goll. Ni fewnforiwyd dim.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{problem} Nothing was imported.</source>
        <translation type="unfinished">{problem} Ni fewnforiwyd dim.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The record could not be written ({problem}). Nothing was imported.</source>
        <translation type="unfinished">Nid oedd modd ysgrifennu&apos;r cofnod ({problem}). Ni fewnforiwyd dim.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} already holds a programme, so nothing was imported. Import into a new file name, or into an empty programme.</source>
        <translation type="unfinished">Mae rhaglen yn {file} eisoes, felly ni fewnforiwyd dim. Mewnforiwch i enw ffeil newydd, neu i raglen wag.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} has no {record} inside. Choose a zip made by &apos;workshop export&apos;, or the JSON file itself.</source>
        <translation type="unfinished">Does dim {record} y tu mewn i {file}. Dewiswch ffeil zip a wnaed gan &apos;workshop export&apos;, neu&apos;r ffeil JSON ei hun.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} is not a PDF, JPEG or PNG. Scan to PDF, or photograph the cards.</source>
        <translation type="unfinished">Nid yw {file} yn PDF, JPEG na PNG. Sganiwch i PDF, neu tynnwch lun o&apos;r cardiau.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} could not be read. Check it exists and is not open elsewhere.</source>
        <translation type="unfinished">Nid oedd modd darllen {file}. Gwiriwch ei fod yn bodoli ac nad yw ar agor yn rhywle arall.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} is not a picture that can be read. Photograph the card again.</source>
        <translation type="unfinished">Nid yw {file} yn llun y gellir ei ddarllen. Tynnwch lun o&apos;r cerdyn eto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} is not a PDF that can be read. Scan it again.</source>
        <translation type="unfinished">Nid yw {file} yn PDF y gellir ei ddarllen. Sganiwch ef eto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>timebox in minutes</source>
        <translation type="unfinished">amser mewn munudau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dots per person</source>
        <translation type="unfinished">dotiau i bob person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>number of people voting</source>
        <translation type="unfinished">nifer y bobl sy&apos;n pleidleisio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>column title</source>
        <translation type="unfinished">teitl y golofn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>theme title</source>
        <translation type="unfinished">teitl y thema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>theme</source>
        <translation type="unfinished">thema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>note</source>
        <translation type="unfinished">nodyn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>table name</source>
        <translation type="unfinished">enw&apos;r bwrdd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deck title</source>
        <translation type="unfinished">teitl y pecyn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>card title</source>
        <translation type="unfinished">teitl y cerdyn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>key terms</source>
        <translation type="unfinished">termau allweddol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>questions for the table</source>
        <translation type="unfinished">cwestiynau i&apos;r bwrdd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>number of cards</source>
        <translation type="unfinished">nifer y cardiau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>card number</source>
        <translation type="unfinished">rhif y cerdyn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>term</source>
        <translation type="unfinished">term</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>meaning</source>
        <translation type="unfinished">ystyr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>point&apos;s statement</source>
        <translation type="unfinished">datganiad y pwynt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>source&apos;s table</source>
        <translation type="unfinished">tabl y ffynhonnell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>source&apos;s id</source>
        <translation type="unfinished">id y ffynhonnell</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>date the response was published</source>
        <translation type="unfinished">dyddiad cyhoeddi&apos;r ymateb</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>{count} quotes hold something that looks personal (a name, contact details, an address or a code) and have not been reviewed, so no pack was written. Review them in the export window, or run again with --accept-detected to leave them out.</source>
        <translation type="unfinished">Mae {count} dyfyniad yn dal rhywbeth sy&apos;n edrych yn bersonol (enw, manylion cyswllt, cyfeiriad neu god) ac nid ydynt wedi&apos;u hadolygu, felly ni ysgrifennwyd pecyn. Adolygwch nhw yn y ffenestr allforio, neu rhedwch eto gyda --accept-detected i&apos;w gadael allan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 quote holds something that looks personal (a name, contact details, an address or a code) and has not been reviewed, so no pack was written. Review it in the export window, or run again with --accept-detected to leave it out.</source>
        <translation type="unfinished">Mae 1 dyfyniad yn dal rhywbeth sy&apos;n edrych yn bersonol (enw, manylion cyswllt, cyfeiriad neu god) ac nid yw wedi&apos;i adolygu, felly ni ysgrifennwyd pecyn. Adolygwch ef yn y ffenestr allforio, neu rhedwch eto gyda --accept-detected i&apos;w adael allan.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>That scanned page is no longer in this programme.</source>
        <translation type="unfinished">Nid yw&apos;r dudalen a sganiwyd yn y rhaglen hon mwyach.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing with the code {code} was printed in this programme. Check the code.</source>
        <translation type="unfinished">Ni argraffwyd dim gyda&apos;r cod {code} yn y rhaglen hon. Gwiriwch y cod.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That scanned card is no longer in this programme.</source>
        <translation type="unfinished">Nid yw&apos;r cerdyn a sganiwyd yn y rhaglen hon mwyach.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A scanned page needs its page number (1 or more).</source>
        <translation type="unfinished">Mae angen rhif tudalen ar dudalen a sganiwyd (1 neu fwy).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{kind}&apos; is not a kind of returned paper.</source>
        <translation type="unfinished">Nid yw &apos;{kind}&apos; yn fath o bapur a ddychwelwyd.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{code}&apos; is not a printed code.</source>
        <translation type="unfinished">Nid yw &apos;{code}&apos; yn god a argraffwyd.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the number ticked for each question, in order, a space between (&apos;-&apos; for none); &apos;{word}&apos; is not a number.</source>
        <translation type="unfinished">Teipiwch y rhif a diciwyd ar gyfer pob cwestiwn, yn eu trefn, gyda bwlch rhyngddynt (&apos;-&apos; am ddim); nid yw &apos;{word}&apos; yn rhif.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This form has {count} questions; more numbers were typed.</source>
        <translation type="unfinished">Mae gan y ffurflen hon {count} cwestiwn; teipiwyd mwy o rifau.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Unknown fields for {table}: {fields}.</source>
        <translation type="unfinished">Meysydd anhysbys ar gyfer {table}: {fields}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown field for {table}: {fields}.</source>
        <translation type="unfinished">Maes anhysbys ar gyfer {table}: {fields}.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>question</source>
        <translation type="unfinished">cwestiwn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date the answer is due</source>
        <translation type="unfinished">dyddiad disgwyl yr ateb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date it was answered</source>
        <translation type="unfinished">dyddiad ei ateb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sticky note</source>
        <translation type="unfinished">nodyn gludiog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answer</source>
        <translation type="unfinished">ateb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reaction</source>
        <translation type="unfinished">ymateb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hopes</source>
        <translation type="unfinished">gobeithion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fears</source>
        <translation type="unfinished">ofnau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>questions</source>
        <translation type="unfinished">cwestiynau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changes</source>
        <translation type="unfinished">newidiadau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>card story</source>
        <translation type="unfinished">stori&apos;r cerdyn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scanned page</source>
        <translation type="unfinished">tudalen a sganiwyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scanned card</source>
        <translation type="unfinished">cerdyn a sganiwyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date responses are due</source>
        <translation type="unfinished">dyddiad disgwyl yr ymatebion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>start</source>
        <translation type="unfinished">dechrau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>end</source>
        <translation type="unfinished">diwedd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date to remove personal data</source>
        <translation type="unfinished">dyddiad dileu data personol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>incentive budget</source>
        <translation type="unfinished">cyllideb cymhellion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>number who attended</source>
        <translation type="unfinished">nifer a fynychodd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>number who preferred not to say</source>
        <translation type="unfinished">nifer a ddewisodd beidio â dweud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cost</source>
        <translation type="unfinished">cost</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>adjustment asked for</source>
        <translation type="unfinished">addasiad y gofynnwyd amdano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>value of each</source>
        <translation type="unfinished">gwerth pob un</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>number planned</source>
        <translation type="unfinished">nifer a gynlluniwyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>number given</source>
        <translation type="unfinished">nifer a roddwyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>group name</source>
        <translation type="unfinished">enw&apos;r grŵp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>number hoped for</source>
        <translation type="unfinished">nifer y gobeithiwyd amdano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>number reached</source>
        <translation type="unfinished">nifer a gyrhaeddwyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>participant code</source>
        <translation type="unfinished">cod cyfranogwr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date consent was recorded</source>
        <translation type="unfinished">dyddiad cofnodi&apos;r caniatâd</translation>
    </message>
</context>
<context>
    <name>reliability_menu</name>
    <message>
        <location filename="../ui/reliability_menu.py" line="-34"/>
        <source>%n sessions</source>
        <translation type="unfinished">%n sesiwn</translation>
    </message>
</context>
<context>
    <name>shared</name>
    <message>
        <location filename="../../build/i18n/run_time_strings.py" line="-462"/>
        <source>Overview</source>
        <translation type="unfinished">Trosolwg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expectations</source>
        <translation type="unfinished">Disgwyliadau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points and responses</source>
        <translation type="unfinished">Pwyntiau ac ymatebion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation type="unfinished">Manylion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access and facilities</source>
        <translation type="unfinished">Mynediad a chyfleusterau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incentives</source>
        <translation type="unfinished">Cymhellion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendance and reach</source>
        <translation type="unfinished">Presenoldeb a chyrhaeddiad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agenda and boards</source>
        <translation type="unfinished">Agenda a byrddau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scenario cards</source>
        <translation type="unfinished">Cardiau senario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions</source>
        <translation type="unfinished">Cwestiynau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feedback cards</source>
        <translation type="unfinished">Cardiau adborth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper and returns</source>
        <translation type="unfinished">Papur ac atebion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exercise kind</source>
        <translation type="unfinished">math o ymarfer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sticky-note board</source>
        <translation type="unfinished">Bwrdd nodiadau gludiog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hopes and fears, or other columns of notes.</source>
        <translation type="unfinished">Gobeithion ac ofnau, neu golofnau eraill o nodiadau.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tables talk through short stories about a system.</source>
        <translation type="unfinished">Mae byrddau&apos;n trafod straeon byr am system.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question wall</source>
        <translation type="unfinished">Wal gwestiynau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions answered now or owed in writing.</source>
        <translation type="unfinished">Cwestiynau a atebwyd nawr neu sy&apos;n ddyledus yn ysgrifenedig.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation type="unfinished">Arall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welcome, a break, a talk, or anything else.</source>
        <translation type="unfinished">Croeso, egwyl, sgwrs, neu unrhyw beth arall.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>note colour</source>
        <translation type="unfinished">lliw nodyn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yellow</source>
        <translation type="unfinished">Melyn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pink</source>
        <translation type="unfinished">Pinc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blue</source>
        <translation type="unfinished">Glas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Green</source>
        <translation type="unfinished">Gwyrdd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orange</source>
        <translation type="unfinished">Oren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purple</source>
        <translation type="unfinished">Porffor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>White</source>
        <translation type="unfinished">Gwyn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>board template</source>
        <translation type="unfinished">templed bwrdd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hopes and fears</source>
        <translation type="unfinished">Gobeithion ac ofnau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What people hope for and what worries them.</source>
        <translation type="unfinished">Beth mae pobl yn gobeithio amdano a beth sy&apos;n eu poeni.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opportunities and risks</source>
        <translation type="unfinished">Cyfleoedd a risgiau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the system could make better, and what could go wrong.</source>
        <translation type="unfinished">Beth allai&apos;r system ei wella, a beth allai fynd o&apos;i le.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep, change, stop</source>
        <translation type="unfinished">Cadw, newid, stopio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What works, what to change, what to end.</source>
        <translation type="unfinished">Beth sy&apos;n gweithio, beth i&apos;w newid, beth i&apos;w ddod i ben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co-design: how should the system be used?</source>
        <translation type="unfinished">Cyd-ddylunio: sut y dylid defnyddio&apos;r system?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Residents&apos; rules for when and how an automated system is used.</source>
        <translation type="unfinished">Rheolau trigolion ar gyfer pryd a sut y defnyddir system awtomataidd.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your own columns</source>
        <translation type="unfinished">Eich colofnau eich hun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start with one column and add your own.</source>
        <translation type="unfinished">Dechreuwch gydag un golofn ac ychwanegu eich rhai eich hun.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reaction</source>
        <translation type="unfinished">ymateb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comfortable</source>
        <translation type="unfinished">Yn gyfforddus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The table was happy with this use as it is.</source>
        <translation type="unfinished">Roedd y bwrdd yn hapus gyda&apos;r defnydd hwn fel y mae.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comfortable with changes</source>
        <translation type="unfinished">Yn gyfforddus gyda newidiadau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The table could accept it if some things changed.</source>
        <translation type="unfinished">Gallai&apos;r bwrdd ei dderbyn pe bai rhai pethau&apos;n newid.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not comfortable</source>
        <translation type="unfinished">Ddim yn gyfforddus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The table did not want it used.</source>
        <translation type="unfinished">Nid oedd y bwrdd eisiau iddo gael ei ddefnyddio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsure</source>
        <translation type="unfinished">Ansicr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The table could not decide, or was split.</source>
        <translation type="unfinished">Ni allai&apos;r bwrdd benderfynu, neu roedd wedi&apos;i rannu.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>4 cards a sheet, each about A6 (2 in large print).</source>
        <translation type="unfinished">4 cerdyn i bob dalen, pob un tua maint A6 (2 mewn print bras).</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>We are not making this change, and say why.</source>
        <oldsource>Sent a text message with the card code.</oldsource>
        <translation type="unfinished">Nid ydym yn gwneud y newid hwn, ac rydym yn dweud pam.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>response status</source>
        <translation type="unfinished">statws ymateb</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>when the file was opened</source>
        <translation type="unfinished">pan agorwyd y ffeil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>before the file was updated to this version</source>
        <translation type="unfinished">cyn i&apos;r ffeil gael ei diweddaru i&apos;r fersiwn hon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>automatic, while you worked</source>
        <translation type="unfinished">awtomatig, wrth i chi weithio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>when the file was closed</source>
        <translation type="unfinished">pan gaewyd y ffeil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>made by you</source>
        <translation type="unfinished">wedi&apos;i wneud gennych chi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>before a backup was restored</source>
        <translation type="unfinished">cyn adfer copi wrth gefn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>before another file was merged in</source>
        <translation type="unfinished">cyn cyfuno ffeil arall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>before personal data was removed</source>
        <translation type="unfinished">cyn dileu data personol</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Reaction</source>
        <translation type="unfinished">Ymateb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hopes</source>
        <translation type="unfinished">Gobeithion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fears</source>
        <translation type="unfinished">Ofnau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes they want</source>
        <translation type="unfinished">Newidiadau y maen nhw eu heisiau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>way of answering</source>
        <translation type="unfinished">ffordd o ateb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online</source>
        <translation type="unfinished">Ar-lein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered on the feedback web page (imported from its export).</source>
        <translation type="unfinished">Atebwyd ar dudalen we&apos;r adborth (wedi&apos;i fewnforio o&apos;i allforyn).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper</source>
        <translation type="unfinished">Papur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrote on the back of the card and handed or posted it back.</source>
        <translation type="unfinished">Ysgrifennodd ar gefn y cerdyn a&apos;i roi neu ei bostio&apos;n ôl.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation type="unfinished">Ffôn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rang the feedback number; the words were typed in.</source>
        <translation type="unfinished">Ffoniodd y rhif adborth; cafodd y geiriau eu teipio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text message</source>
        <translation type="unfinished">Neges destun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent a text message with the card code.</source>
        <translation type="unfinished">Anfonodd neges destun gyda chod y cerdyn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post (scanned)</source>
        <translation type="unfinished">Post (wedi&apos;i sganio)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrote on the back of the card; the card was scanned and the words typed beside its picture.</source>
        <translation type="unfinished">Ysgrifennodd ar gefn y cerdyn; sganiwyd y cerdyn a theipiwyd y geiriau wrth ymyl ei lun.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>card layout</source>
        <translation type="unfinished">cynllun cardiau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4 sheets, cut into cards</source>
        <translation type="unfinished">Dalennau A4, wedi&apos;u torri&apos;n gardiau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A6 single cards</source>
        <translation type="unfinished">Cardiau A6 unigol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One card a page (A5 in large print, so the text fits).</source>
        <translation type="unfinished">Un cerdyn i bob tudalen (A5 mewn print bras, fel bod y testun yn ffitio).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answer (may be published)</source>
        <translation type="unfinished">ateb (gellir ei gyhoeddi)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>card code</source>
        <translation type="unfinished">cod y cerdyn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>when it was sent</source>
        <translation type="unfinished">pryd y cafodd ei anfon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>personal (kept private, removed at the purge date)</source>
        <translation type="unfinished">personol (yn cael ei gadw&apos;n breifat, yn cael ei ddileu ar y dyddiad dileu)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not imported</source>
        <translation type="unfinished">heb ei fewnforio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the programme&apos;s details</source>
        <translation type="unfinished">manylion y rhaglen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>target groups and tallies</source>
        <translation type="unfinished">grwpiau targed a chyfrifon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>access arrangements</source>
        <translation type="unfinished">trefniadau mynediad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>agenda items</source>
        <translation type="unfinished">eitemau&apos;r agenda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>board columns</source>
        <translation type="unfinished">colofnau&apos;r bwrdd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>themes</source>
        <translation type="unfinished">themâu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sticky notes</source>
        <translation type="unfinished">nodiadau gludiog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scenario cards</source>
        <translation type="unfinished">cardiau senario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>glossary terms</source>
        <translation type="unfinished">termau&apos;r eirfa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>points raised</source>
        <translation type="unfinished">pwyntiau a godwyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>links from points to what was said</source>
        <translation type="unfinished">dolenni o bwyntiau i&apos;r hyn a ddywedwyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the log of personal data removed</source>
        <translation type="unfinished">y cofnod o ddata personol a ddilëwyd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed</source>
        <translation type="unfinished">Wedi newid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We have already changed what we do.</source>
        <translation type="unfinished">Rydym eisoes wedi newid yr hyn a wnawn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Will change</source>
        <translation type="unfinished">Bydd yn newid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We have agreed a change and will make it.</source>
        <translation type="unfinished">Rydym wedi cytuno ar newid a byddwn yn ei wneud.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still being considered</source>
        <translation type="unfinished">Yn dal i gael ei ystyried</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We have not decided yet; we say when we will.</source>
        <translation type="unfinished">Nid ydym wedi penderfynu eto; rydym yn dweud pryd y byddwn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not changing</source>
        <translation type="unfinished">Ddim yn newid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outside what this engagement can change</source>
        <translation type="unfinished">Tu allan i&apos;r hyn y gall yr ymgysylltu hwn ei newid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This engagement cannot change it; we say who we passed it to.</source>
        <translation type="unfinished">Ni all yr ymgysylltu hwn ei newid; rydym yn dweud i bwy y gwnaethom ei drosglwyddo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Board note</source>
        <translation type="unfinished">Nodyn bwrdd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theme</source>
        <translation type="unfinished">Thema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scenario card response</source>
        <translation type="unfinished">Ymateb i gerdyn senario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question</source>
        <translation type="unfinished">Cwestiwn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned feedback</source>
        <translation type="unfinished">Adborth a ddychwelwyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Names and contact details of %1 participant.</source>
        <translation type="unfinished">Enwau a manylion cyswllt %1 cyfranogwr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Names and contact details of %1 participants.</source>
        <translation type="unfinished">Enwau a manylion cyswllt %1 o gyfranogwyr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Names and contact details of participants (none are recorded here).</source>
        <translation type="unfinished">Enwau a manylion cyswllt cyfranogwyr (nid oes dim wedi&apos;u cofnodi yma).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Even in this internal pack, names and contact details stay in the programme file and are not printed.</source>
        <translation type="unfinished">Hyd yn oed yn y pecyn mewnol hwn, mae enwau a manylion cyswllt yn aros yn y ffeil rhaglen ac nid ydynt yn cael eu hargraffu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participant codes (%1) are printed only beside incentives received.</source>
        <translation type="unfinished">Caiff codau cyfranogwyr (%1) eu hargraffu dim ond wrth ymyl cymhellion a dderbyniwyd.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participant codes (%1).</source>
        <translation type="unfinished">Codau cyfranogwyr (%1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The %1 individual access request: the pack gives only how many were met.</source>
        <translation type="unfinished">Yr %1 cais mynediad unigol: dim ond faint a ddiwallwyd y mae&apos;r pecyn yn ei roi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The %1 individual access requests: the pack gives only how many were met.</source>
        <translation type="unfinished">Y %1 cais mynediad unigol: dim ond faint a ddiwallwyd y mae&apos;r pecyn yn ei roi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes on access provisions, which can point to one person&apos;s needs.</source>
        <translation type="unfinished">Nodiadau ar ddarpariaethau mynediad, a allai dynnu sylw at anghenion un person.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who received an incentive (%1 record); only totals are shown.</source>
        <translation type="unfinished">Pwy gafodd gymhelliad (%1 cofnod); dim ond cyfansymiau a ddangosir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who received an incentive (%1 records); only totals are shown.</source>
        <translation type="unfinished">Pwy gafodd gymhelliad (%1 cofnod); dim ond cyfansymiau a ddangosir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who received an incentive; only totals are shown.</source>
        <translation type="unfinished">Pwy gafodd gymhelliad; dim ond cyfansymiau a ddangosir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The names of facilitators.</source>
        <translation type="unfinished">Enwau&apos;r hwyluswyr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counts of 1 to %1 people in reach and access figures are shown as &quot;fewer than %2&quot;.</source>
        <translation type="unfinished">Caiff cyfrifon o 1 i %1 o bobl yn y ffigurau cyrhaeddiad a mynediad eu dangos fel &quot;llai na %2&quot;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email addresses, phone numbers, participant codes and known names typed into residents&apos; words are replaced with [removed].</source>
        <translation type="unfinished">Caiff cyfeiriadau e-bost, rhifau ffôn, codau cyfranogwyr ac enwau hysbys a deipiwyd i eiriau trigolion eu disodli â [wedi&apos;i ddileu].</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>question status</source>
        <translation type="unfinished">statws cwestiwn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not answered yet</source>
        <translation type="unfinished">Heb ei ateb eto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asked, but not answered or parked yet.</source>
        <translation type="unfinished">Wedi&apos;i ofyn, ond heb ei ateb na&apos;i barcio eto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered on the day</source>
        <translation type="unfinished">Atebwyd ar y diwrnod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered there and then; the answer is kept.</source>
        <translation type="unfinished">Atebwyd yn y fan a&apos;r lle; caiff yr ateb ei gadw.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written answer owed</source>
        <translation type="unfinished">Ateb ysgrifenedig yn ddyledus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parked with an owner and a date it is due.</source>
        <translation type="unfinished">Wedi&apos;i barcio gyda pherchennog a dyddiad disgwyl.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written answer sent</source>
        <translation type="unfinished">Ateb ysgrifenedig wedi&apos;i anfon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The written answer has gone out.</source>
        <translation type="unfinished">Mae&apos;r ateb ysgrifenedig wedi mynd allan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 by %3</source>
        <translation type="unfinished">%1: %2 erbyn %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 by %3 (overdue)</source>
        <translation type="unfinished">%1: %2 erbyn %3 (hwyr)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>state of a scanned card</source>
        <translation type="unfinished">cyflwr cerdyn a sganiwyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting</source>
        <translation type="unfinished">Yn aros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not typed in yet.</source>
        <translation type="unfinished">Heb ei deipio eto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Typed</source>
        <translation type="unfinished">Wedi&apos;i deipio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The words are in, as returned feedback.</source>
        <translation type="unfinished">Mae&apos;r geiriau i mewn, fel adborth a ddychwelwyd.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Can&apos;t read</source>
        <translation type="unfinished">Methu darllen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The handwriting could not be read.</source>
        <translation type="unfinished">Nid oedd modd darllen y llawysgrifen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blank</source>
        <translation type="unfinished">Gwag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was written.</source>
        <translation type="unfinished">Ni ysgrifennwyd dim.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left out of publications</source>
        <translation type="unfinished">Wedi&apos;i adael allan o gyhoeddiadau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Typed in, never quoted in a pack.</source>
        <translation type="unfinished">Wedi&apos;i deipio, byth yn cael ei ddyfynnu mewn pecyn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>level of influence</source>
        <translation type="unfinished">lefel y dylanwad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inform</source>
        <translation type="unfinished">Hysbysu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We will tell you what is happening and why.</source>
        <translation type="unfinished">Byddwn yn dweud wrthych beth sy&apos;n digwydd a pham.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consult</source>
        <translation type="unfinished">Ymgynghori</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We will ask what you think and tell you how it affected the decision.</source>
        <translation type="unfinished">Byddwn yn gofyn beth rydych chi&apos;n ei feddwl ac yn dweud wrthych sut yr effeithiodd ar y penderfyniad.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Involve</source>
        <translation type="unfinished">Cynnwys</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We will work with you so your concerns shape the options we consider.</source>
        <translation type="unfinished">Byddwn yn gweithio gyda chi fel bod eich pryderon yn llunio&apos;r opsiynau a ystyriwn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collaborate</source>
        <translation type="unfinished">Cydweithio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We will work with you on each part of the decision, including the options.</source>
        <translation type="unfinished">Byddwn yn gweithio gyda chi ar bob rhan o&apos;r penderfyniad, gan gynnwys yr opsiynau.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empower</source>
        <translation type="unfinished">Grymuso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You make the final decision and we will carry it out.</source>
        <translation type="unfinished">Chi sy&apos;n gwneud y penderfyniad terfynol a byddwn ni&apos;n ei weithredu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>format</source>
        <translation type="unfinished">fformat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In person</source>
        <translation type="unfinished">Wyneb yn wyneb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A session in a room, with people there together.</source>
        <translation type="unfinished">Sesiwn mewn ystafell, gyda phobl yno gyda&apos;i gilydd.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop-in at an existing service point</source>
        <translation type="unfinished">Sesiwn galw heibio mewn man gwasanaeth sy&apos;n bodoli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting people where they already are, such as a library or food bank.</source>
        <translation type="unfinished">Cwrdd â phobl lle maen nhw eisoes, fel llyfrgell neu fanc bwyd.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outreach</source>
        <translation type="unfinished">Allgymorth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Going out to groups and places people already use.</source>
        <translation type="unfinished">Mynd allan at grwpiau a lleoedd y mae pobl eisoes yn eu defnyddio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hybrid</source>
        <translation type="unfinished">Hybrid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some people in the room and some joining online.</source>
        <translation type="unfinished">Rhai pobl yn yr ystafell a rhai yn ymuno ar-lein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status</source>
        <translation type="unfinished">statws</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned</source>
        <translation type="unfinished">Wedi&apos;i chynllunio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running</source>
        <translation type="unfinished">Yn rhedeg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation type="unfinished">Wedi&apos;i chynnal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>provision</source>
        <translation type="unfinished">darpariaeth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step-free access</source>
        <translation type="unfinished">Mynediad heb risiau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hearing loop</source>
        <translation type="unfinished">Dolen sain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BSL interpreter</source>
        <translation type="unfinished">Dehonglydd BSL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language interpreter</source>
        <translation type="unfinished">Cyfieithydd iaith</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Childcare or crèche</source>
        <translation type="unfinished">Gofal plant neu grèche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Large print</source>
        <translation type="unfinished">Print bras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Easy read</source>
        <translation type="unfinished">Hawdd ei ddeall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quiet space</source>
        <translation type="unfinished">Lle tawel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accessible toilet</source>
        <translation type="unfinished">Toiled hygyrch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transport help</source>
        <translation type="unfinished">Help gyda thrafnidiaeth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dietary needs</source>
        <translation type="unfinished">Anghenion deietegol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>provision status</source>
        <translation type="unfinished">statws darpariaeth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needed</source>
        <translation type="unfinished">Angen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Booked</source>
        <translation type="unfinished">Wedi&apos;i archebu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provided</source>
        <translation type="unfinished">Wedi&apos;i ddarparu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not available</source>
        <translation type="unfinished">Ddim ar gael</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>request outcome</source>
        <translation type="unfinished">canlyniad cais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not yet known</source>
        <translation type="unfinished">Ddim yn hysbys eto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Met</source>
        <translation type="unfinished">Wedi&apos;i ddiwallu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly met</source>
        <translation type="unfinished">Wedi&apos;i ddiwallu&apos;n rhannol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not met</source>
        <translation type="unfinished">Heb ei ddiwallu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>incentive</source>
        <translation type="unfinished">cymhelliad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voucher</source>
        <translation type="unfinished">Taleb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash</source>
        <translation type="unfinished">Arian parod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Travel refund</source>
        <translation type="unfinished">Ad-dalu costau teithio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refreshments</source>
        <translation type="unfinished">Lluniaeth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Childcare cost</source>
        <translation type="unfinished">Cost gofal plant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>monitoring form</source>
        <translation type="unfinished">ffurflen fonitro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>England: 2021 Census ethnic groups</source>
        <translation type="unfinished">Lloegr: grwpiau ethnig Cyfrifiad 2021</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ethnic groups of the 2021 Census in England.</source>
        <translation type="unfinished">Grwpiau ethnig Cyfrifiad 2021 yn Lloegr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wales: 2021 Census ethnic groups</source>
        <translation type="unfinished">Cymru: grwpiau ethnig Cyfrifiad 2021</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ethnic groups as asked in Wales: White first, with &apos;Welsh, English, Scottish, Northern Irish or British&apos;, and &apos;Asian Welsh&apos; and &apos;Black Welsh&apos; in the headings.</source>
        <translation type="unfinished">Y grwpiau ethnig fel y&apos;u gofynnir yng Nghymru: Gwyn yn gyntaf, gyda &apos;Cymreig, Seisnig, Albanaidd, Gwyddelig Gogledd Iwerddon neu Brydeinig&apos;, ac &apos;Asiaidd Cymreig&apos; a &apos;Du Cymreig&apos; yn y penawdau.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No response yet</source>
        <translation type="unfinished">Dim ymateb eto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>M</source>
        <translation type="unfinished">M</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E</source>
        <translation type="unfinished">E</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation type="unfinished">Saesneg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welsh</source>
        <translation type="unfinished">Cymraeg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Polish</source>
        <translation type="unfinished">Pwyleg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Romanian</source>
        <translation type="unfinished">Rwmaneg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Somali</source>
        <translation type="unfinished">Somalieg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urdu</source>
        <translation type="unfinished">Wrdw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arabic</source>
        <translation type="unfinished">Arabeg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bengali</source>
        <translation type="unfinished">Bengaleg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Punjabi</source>
        <translation type="unfinished">Pwnjabeg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gujarati</source>
        <translation type="unfinished">Gwjarati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persian</source>
        <translation type="unfinished">Perseg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pashto</source>
        <translation type="unfinished">Pashto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kurdish</source>
        <translation type="unfinished">Cwrdeg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tigrinya</source>
        <translation type="unfinished">Tigrinya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ukrainian</source>
        <translation type="unfinished">Wcreineg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chinese</source>
        <translation type="unfinished">Tsieineeg</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../ui/merge_dialog.py" line="+35"/>
        <source>This file is open read-only in this window, so nothing can be merged into it. Close the other window that has it open, then try again.</source>
        <translation type="unfinished">Mae&apos;r ffeil hon ar agor i&apos;w darllen yn unig yn y ffenestr hon, felly ni ellir cyfuno dim iddi. Caewch y ffenestr arall sydd â hi ar agor, yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+37"/>
        <source>Nothing merged</source>
        <translation type="unfinished">Dim wedi&apos;i gyfuno</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Merge another programme file into this one</source>
        <translation type="unfinished">Cyfuno ffeil rhaglen arall i&apos;r un hon</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The merge stopped: %s. Nothing was merged.</source>
        <translation type="unfinished">Daeth y cyfuno i ben: %s. Ni chyfunwyd dim.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Merging %s…</source>
        <translation type="unfinished">Yn cyfuno %s…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>about %1 years</source>
        <translation type="unfinished">tua %1 blynedd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>about a year</source>
        <translation type="unfinished">tua blwyddyn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 days</source>
        <translation type="unfinished">%1 diwrnod</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>more than a day</source>
        <translation type="unfinished">mwy na diwrnod</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 holds changes dated as late as %2, %3 after this laptop&apos;s clock (%4). One of the two clocks is probably wrong: if you merge, its changes will win wherever a detail was changed on both laptops, even over changes made since.

Check the date and time on both laptops first. Merge anyway?</source>
        <translation type="unfinished">Mae %1 yn dal newidiadau wedi&apos;u dyddio mor hwyr â %2, %3 ar ôl cloc y gliniadur hwn (%4). Mae&apos;n debyg bod un o&apos;r ddau gloc yn anghywir: os byddwch yn cyfuno, bydd ei newidiadau&apos;n ennill lle bynnag y newidiwyd manylyn ar y ddau liniadur, hyd yn oed dros newidiadau a wnaed ers hynny.

Gwiriwch y dyddiad a&apos;r amser ar y ddau liniadur yn gyntaf. Cyfuno beth bynnag?</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A different programme</source>
        <translation type="unfinished">Rhaglen wahanol</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 holds a different programme (&apos;%2&apos;), not &apos;%3&apos;. Merge it only if you are sure: merge it anyway?</source>
        <translation type="unfinished">Mae %1 yn cynnwys rhaglen wahanol (&apos;%2&apos;), nid &apos;%3&apos;. Cyfunwch hi dim ond os ydych chi&apos;n siŵr: ei chyfuno beth bynnag?</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+10"/>
        <source>Merge anyway</source>
        <translation type="unfinished">Cyfuno beth bynnag</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Check the laptops&apos; clocks</source>
        <translation type="unfinished">Gwiriwch glociau&apos;r gliniaduron</translation>
    </message>
    <message>
        <location filename="../ui/restore_dialog.py" line="+26"/>
        <location line="+7"/>
        <location line="+8"/>
        <location line="+11"/>
        <source>Backup not restored</source>
        <translation type="unfinished">Ni adferwyd y copi wrth gefn</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>That backup cannot be restored (%s). Choose another one.</source>
        <translation type="unfinished">Ni ellir adfer y copi wrth gefn hwnnw (%s). Dewiswch un arall.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Restored the backup from %s.</source>
        <translation type="unfinished">Adferwyd y copi wrth gefn o %s.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file as it was is kept as “%s”.</source>
        <translation type="unfinished">Caiff y ffeil fel yr oedd ei chadw fel “%s”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup restored</source>
        <translation type="unfinished">Copi wrth gefn wedi&apos;i adfer</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This file is open read-only in this window, so it cannot be replaced from here. Close the other window that has it open, then try again.</source>
        <translation type="unfinished">Mae&apos;r ffeil hon ar agor i&apos;w darllen yn unig yn y ffenestr hon, felly ni ellir ei disodli o&apos;r fan hon. Caewch y ffenestr arall sydd â hi ar agor, yna rhowch gynnig arall arni.</translation>
    </message>
</context>
</TS>
