<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Actions</name>
    <message>
        <location filename="../ui/actions.py" line="+65"/>
        <source>Open result &amp;{n}</source>
        <translation>打开结果 &amp;{n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the result number {n}</source>
        <translation>打开第 {n} 个结果</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Search</source>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go to the search box</source>
        <translation>转到搜索框</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Back</source>
        <translation>后退(&amp;B)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous opened item</source>
        <translation>上一个打开的条目</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Forward</source>
        <translation>前进(&amp;F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next opened item</source>
        <translation>下一个打开的条目</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Copy answer</source>
        <translation>复制答案(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the answer to read aloud or paste</source>
        <translation>复制答案，以便朗读或粘贴</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Pin or unpin</source>
        <translation>固定或取消固定(&amp;P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pin the open item for quick access</source>
        <translation>固定当前条目，方便快速访问</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Write a reply</source>
        <translation>撰写回复(&amp;W)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write a reply from a template</source>
        <translation>根据模板撰写回复</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>F&amp;ind a facility</source>
        <translation>查找网点(&amp;I)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nearest facility by postcode or town</source>
        <translation>按邮政编码或城镇查找最近的网点</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Content &amp;problems</source>
        <translation>内容问题(&amp;P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show or hide the content problems</source>
        <translation>显示或隐藏内容问题</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search &amp;column on Reply and Facilities</source>
        <translation>回复和网点页的搜索栏(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show or hide the search column while the Reply or Facilities tab is open</source>
        <translation>在“回复”或“网点”标签页打开时显示或隐藏搜索栏</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Re-read content</source>
        <translation>重新读取内容(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re-read the content folder and update the index</source>
        <translation>重新读取内容文件夹并更新索引</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>S&amp;ettings…</source>
        <translation>设置(&amp;E)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Content folder, your name, text size, language</source>
        <translation>内容文件夹、您的姓名、文字大小、语言</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Larger text</source>
        <translation>放大文字(&amp;L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make the text larger</source>
        <translation>放大文字</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>S&amp;maller text</source>
        <translation>缩小文字(&amp;M)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make the text smaller</source>
        <translation>缩小文字</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close KB Assist</source>
        <translation>关闭 KB Assist</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Edit article</source>
        <translation>编辑文章(&amp;E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit the open article or reply template, with a live preview</source>
        <translation>编辑当前文章或回复模板，并实时预览</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;New article…</source>
        <translation>新建文章(&amp;N)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start an article in the editor</source>
        <translation>在编辑器中新建文章</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>D&amp;uplicate article…</source>
        <translation>复制文章(&amp;U)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the open article under a new id</source>
        <translation>以新 ID 复制当前文章</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rena&amp;me or move article…</source>
        <translation>重命名或移动文章(&amp;M)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the open article a new id; links to it follow</source>
        <translation>为当前文章指定新 ID；指向它的链接会随之更新</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Delete article…</source>
        <translation>删除文章(&amp;D)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the open article (a .bak copy is kept)</source>
        <translation>删除当前文章（保留 .bak 副本）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open &amp;log folder</source>
        <translation>打开日志文件夹(&amp;L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the folder with KB Assist&apos;s log files, for a bug report</source>
        <translation>显示 KB Assist 日志文件所在的文件夹，用于报告问题</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;History…</source>
        <translation>历史(&amp;H)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who changed the open article, and how; compare or restore an old version</source>
        <translation>谁修改了当前文章、如何修改；比较或恢复旧版本</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Commit…</source>
        <translation>提交(&amp;C)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commit your content changes to git, with your git name</source>
        <translation>用您的 git 用户名将内容修改提交到 git</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Review</source>
        <translation>审核(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show or hide the articles that need review</source>
        <translation>显示或隐藏需要审核的文章</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Insights</source>
        <translation>洞察(&amp;I)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What agents searched for and could not find, and what to add</source>
        <translation>客服搜索过却没有找到的内容，以及需要补充什么</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Answer &amp;helped</source>
        <translation>答案有帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Did this answer it? Yes</source>
        <translation>这解答了问题吗？是</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Answer did &amp;not help</source>
        <translation>答案没有帮助(&amp;N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Did this answer it? No</source>
        <translation>这解答了问题吗？否</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;User guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The user guide, offline</source>
        <translation>用户指南（离线可用）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every action and its keys</source>
        <translation>所有操作及其快捷键</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the reply as plain text</source>
        <translation>以纯文本复制回复</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy &amp;rich text</source>
        <translation>复制富文本(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the reply as formatted text, for mail and chat tools</source>
        <translation>以带格式文本复制回复，用于邮件和聊天工具</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open in &amp;mail client</source>
        <translation>在邮件客户端中打开(&amp;M)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the reply in your mail client, ready to send</source>
        <translation>在邮件客户端中打开回复，可直接发送</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Se&amp;nd</source>
        <translation>发送(&amp;N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send the reply from here</source>
        <translation>从这里发送回复</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save .&amp;eml…</source>
        <translation>保存 .eml(&amp;E)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the reply as an email file (.eml)</source>
        <translation>将回复保存为邮件文件（.eml）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Drafts</source>
        <translation>草稿(&amp;D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reopen one of your recent drafts</source>
        <translation>重新打开最近的草稿</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Find a &amp;template</source>
        <translation>查找模板(&amp;T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find a reply template by any word</source>
        <translation>用任意词查找回复模板</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the file being edited</source>
        <translation>保存正在编辑的文件</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Find and replace</source>
        <translation>查找和替换(&amp;F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find (and replace) text in the file being edited</source>
        <translation>在正在编辑的文件中查找（和替换）文字</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close &amp;tab</source>
        <translation>关闭标签页(&amp;T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close the file being edited</source>
        <translation>关闭正在编辑的文件</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Repl&amp;y</source>
        <translation>回复(&amp;Y)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Anywhere in the window</source>
        <translation>窗口中任意位置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the reply composer (Reply tab)</source>
        <translation>在回复编辑器中（“回复”标签页）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the editor (Editor tab)</source>
        <translation>在编辑器中（“编辑器”标签页）</translation>
    </message>
</context>
<context>
    <name>AnswerCard</name>
    <message>
        <location filename="../ui/article/answer_card.py" line="+66"/>
        <source>Answer</source>
        <translation>答案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Article title</source>
        <translation>文章标题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer summary</source>
        <translation>答案摘要</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Answering passage</source>
        <translation>解答段落</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Article details</source>
        <translation>文章详情</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the answer</source>
        <translation>复制答案</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Being fixed</source>
        <translation>正在修正</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Review status</source>
        <translation>审核状态</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>From {source}</source>
        <translation>来自 {source}</translation>
    </message>
</context>
<context>
    <name>AnswerRating</name>
    <message>
        <location filename="../ui/insights/rating.py" line="+18"/>
        <location line="+1"/>
        <source>Did this answer it?</source>
        <translation>这解答了问题吗？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes, this answered it</source>
        <translation>是，这解答了问题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No, this did not answer it</source>
        <translation>否，这没有解答问题</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Thanks, noted.</source>
        <translation>谢谢，已记录。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thanks; the article&apos;s editor will see it in Insights.</source>
        <translation>谢谢；文章编辑会在“洞察”中看到。</translation>
    </message>
</context>
<context>
    <name>ArticleBrowser</name>
    <message>
        <location filename="../ui/article/browser.py" line="+48"/>
        <source>Article text</source>
        <translation>文章正文</translation>
    </message>
</context>
<context>
    <name>ArticleFileActions</name>
    <message>
        <location filename="../ui/editor/file_actions.py" line="+168"/>
        <source>The content is still being read; try again in a moment.</source>
        <translation>内容仍在读取中，请稍后再试。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>New article</source>
        <translation>新建文章</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The id is the file&apos;s path under articles/, without .md.</source>
        <translation>ID 是文件在 articles/ 下的路径，不含 .md。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>New article {article_id}: not on disk until saved</source>
        <translation>新文章 {article_id}：保存前不会写入磁盘</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>copying it</source>
        <translation>正在复制</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+14"/>
        <source>Duplicate article</source>
        <translation>复制文章</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Copy {article_id} as {new_id}? These files change:</source>
        <translation>将 {article_id} 复制为 {new_id}？以下文件会改变：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>renaming the article</source>
        <translation>正在重命名文章</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rename or move article</source>
        <translation>重命名或移动文章</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rename {article_id} to {new_id}? These files change:</source>
        <translation>将 {article_id} 重命名为 {new_id}？以下文件会改变：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rename article</source>
        <translation>重命名文章</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>deleting it</source>
        <translation>正在删除</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete {article_id}?</source>
        <translation>删除 {article_id}？</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete article</source>
        <translation>删除文章</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The new id for &apos;{article_id}&apos;: its path under articles/, without .md.</source>
        <translation>“{article_id}”的新 ID：它在 articles/ 下的路径，不含 .md。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot do that</source>
        <translation>无法执行</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not done</source>
        <translation>未完成</translation>
    </message>
</context>
<context>
    <name>ArticleIdDialog</name>
    <message>
        <location line="-281"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Article id</source>
        <translation>文章 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>folder/name, e.g. returns/late-returns</source>
        <translation>文件夹/名称，例如 returns/late-returns</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Id:</source>
        <translation>ID：</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Give the article a title.</source>
        <translation>请为文章填写标题。</translation>
    </message>
</context>
<context>
    <name>ArticlePicker</name>
    <message>
        <location filename="../ui/editor/front_matter_form.py" line="+110"/>
        <source>Type part of a title</source>
        <translation>输入标题的一部分</translation>
    </message>
</context>
<context>
    <name>ArticleQuoter</name>
    <message>
        <location filename="../ui/composer/quote.py" line="+28"/>
        <source>Article to quote</source>
        <translation>要引用的文章</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Article to quote…</source>
        <translation>要引用的文章…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Part of the article</source>
        <translation>文章的部分</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Insert at cursor</source>
        <translation>插入到光标处(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert the chosen part of the article where the cursor is</source>
        <translation>将所选文章部分插入光标所在位置</translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <location filename="../ui/article/view.py" line="+120"/>
        <source>Translations</source>
        <translation>翻译</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also in:</source>
        <translation>其他语言：</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Last change</source>
        <translation>最后修改</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit this article</source>
        <translation>编辑这篇文章</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open this article in the editor (Ctrl+E)</source>
        <translation>在编辑器中打开这篇文章（Ctrl+E）</translation>
    </message>
    <message>
        <location line="+211"/>
        <source>Internal: not for customers</source>
        <translation>内部：不对客户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open the {name} translation</source>
        <translation>打开{name}译文</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{ident}&apos; is not in the content</source>
        <translation>内容中没有“{ident}”</translation>
    </message>
</context>
<context>
    <name>CheckableFiles</name>
    <message>
        <location filename="../ui/revisions/commit_dialog.py" line="+58"/>
        <source> (from {shown})</source>
        <translation> （来自 {shown}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> — use your git tool for it</source>
        <translation> — 请用您的 git 工具处理</translation>
    </message>
</context>
<context>
    <name>CommitDialog</name>
    <message>
        <location line="+83"/>
        <source>Commit content changes</source>
        <translation>提交内容修改</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Changed content &amp;files (only the checked ones are committed):</source>
        <translation>已修改的内容文件(&amp;F)（只提交勾选的）：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Changed content files</source>
        <translation>已修改的内容文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Message:</source>
        <translation>说明(&amp;M)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Commit message</source>
        <translation>提交说明</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What changed and why. The first line is the summary people see in the history.</source>
        <translation>改了什么、为什么改。第一行是大家在历史中看到的摘要。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Looking for changes…</source>
        <translation>正在查找修改…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Commit</source>
        <translation>提交(&amp;C)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Committing…</source>
        <translation>正在提交…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The commit will be by {name} &lt;{email}&gt; (from your git config).</source>
        <translation>提交者为 {name} &lt;{email}&gt;（来自您的 git 配置）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing to commit: the content is as in the last commit.</source>
        <translation>没有可提交的内容：与上次提交相同。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} changed.</source>
        <translation>{count} 已修改。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Committed {short_id}: {summary} ({files}). Push with your git tool to share it.</source>
        <translation>已提交 {short_id}：{summary}（{files}）。请用您的 git 工具推送以共享。</translation>
    </message>
</context>
<context>
    <name>ComposerWidget</name>
    <message>
        <location filename="../ui/composer/composer.py" line="+166"/>
        <source>No template chosen</source>
        <translation>未选择模板</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chosen template</source>
        <translation>所选模板</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Why the reply cannot go out yet</source>
        <translation>回复为何还不能发出</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy &amp;rich text</source>
        <translation>复制富文本(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open in &amp;mail client</source>
        <translation>在邮件客户端中打开(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Se&amp;nd</source>
        <translation>发送(&amp;N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save .eml…</source>
        <translation>保存 .eml…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Drafts</source>
        <translation>草稿(&amp;D)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Include internal text any&amp;way</source>
        <translation>仍然包含内部文字(&amp;W)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The reply quotes text meant for the team only. Include it anyway?</source>
        <translation>回复引用了仅供团队内部的文字。仍然包含吗？</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Undo delete</source>
        <translation>撤销删除(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put back the draft just deleted</source>
        <translation>恢复刚删除的草稿</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>This template is no longer in the content (removed, or it has an error); your reply is kept as it stands.</source>
        <translation>此模板已不在内容中（已删除或有错误）；您的回复保持原样。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This template was updated on disk; your edits are kept.</source>
        <translation>此模板在磁盘上已更新；您的修改已保留。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Restored your unsent reply from {when}.</source>
        <translation>已恢复您在 {when} 未发送的回复。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restored your unsent reply.</source>
        <translation>已恢复您未发送的回复。</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>There is no reply template &apos;{template_id}&apos;.</source>
        <translation>没有回复模板“{template_id}”。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No reply template has a facility field.</source>
        <translation>没有回复模板含网点字段。</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Filling in the template…</source>
        <translation>正在填写模板…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This template takes too long to fill in; nothing was rendered. Tell the content team: {path}</source>
        <translation>填写此模板耗时过长，未生成任何内容。请告知内容团队：{path}</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Internal text in the reply ({sources}).</source>
        <translation>回复中有内部文字（{sources}）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The reply contains text meant for the team only ({sources}). Remove it, or choose “Include internal text anyway” if it may go to the customer.</source>
        <translation>回复中有仅供团队内部的文字（{sources}）。请删除，或在可以发给客户时选择“仍然包含内部文字”。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fix {count}.</source>
        <translation>请修正 {count}。</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Choose a template: type in the Template field ({keys}), or search kind:reply.</source>
        <translation>选择模板：在“模板”字段中输入（{keys}），或搜索 kind:reply。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not ready: </source>
        <translation>尚未就绪：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checking tone…</source>
        <translation>正在检查语气…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ready, {count}.</source>
        <translation>就绪，{count}。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ready. </source>
        <translation>就绪。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ready to send.</source>
        <translation>可以发送。</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Copied as plain text.</source>
        <translation>已复制为纯文本。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copied as formatted text.</source>
        <translation>已复制为带格式文本。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Saved {path}.</source>
        <translation>已保存 {path}。</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+49"/>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Sent to {recipient}.</source>
        <translation>已发送给 {recipient}。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No password is saved for {user} on {host}, so nothing was sent. Enter it when asked, or in Settings (it is kept in the system keyring).</source>
        <translation>{host} 上没有保存 {user} 的密码，因此未发送。请在提示时输入，或在“设置”中输入（保存在系统密钥环中）。</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Deleted the draft “{label}”.</source>
        <translation>已删除草稿“{label}”。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The draft is back in Drafts.</source>
        <translation>草稿已回到“草稿”中。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The draft&apos;s template &apos;{template_id}&apos; is not in the content any more.</source>
        <translation>草稿的模板“{template_id}”已不在内容中。</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../ui/editor/conflict.py" line="+58"/>
        <source>{name} changed on disk</source>
        <translation>{name} 在磁盘上已更改</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; was changed by someone else (or another program) since you opened it. Choose which text to keep; nothing is written until you choose.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; 在您打开后被其他人（或其他程序）修改。请选择保留哪个文本；选择之前不会写入任何内容。</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+37"/>
        <source>Your text</source>
        <translation>您的文本</translation>
    </message>
    <message>
        <location line="-36"/>
        <location line="+37"/>
        <source>On disk now</source>
        <translation>磁盘上的当前版本</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>keep your lines</source>
        <translation>保留您的行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>take the lines on disk</source>
        <translation>采用磁盘上的行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where both changed the same lines</source>
        <translation>双方修改了同样的行之处</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge: {places} changed on both sides; there,</source>
        <translation>合并：{places} 两边都有修改；在那里，</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Merge: the changes do not overlap; both are kept.</source>
        <translation>合并：修改互不重叠；两边都保留。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Keep mine</source>
        <translation>保留我的(&amp;K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write your text over the file on disk</source>
        <translation>用您的文本覆盖磁盘上的文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Use the disk version</source>
        <translation>使用磁盘版本(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace your text with the file on disk</source>
        <translation>用磁盘上的文件替换您的文本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Merge</source>
        <translation>合并(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carry the changes on disk into your text, to check</source>
        <translation>把磁盘上的修改并入您的文本，以便检查</translation>
    </message>
</context>
<context>
    <name>ConnectionTestJob</name>
    <message>
        <location filename="../ui/mail_password.py" line="+51"/>
        <source>Enter the password first: none is saved in the keyring.</source>
        <translation>请先输入密码：密钥环中没有保存。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The test failed unexpectedly: {error_type}: {exc}</source>
        <translation>测试意外失败：{error_type}：{exc}</translation>
    </message>
</context>
<context>
    <name>DailyChart</name>
    <message>
        <location filename="../ui/insights/chart.py" line="+34"/>
        <source>Searches per day and no-result rate</source>
        <translation>每日搜索次数和无结果比例</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{days} days from {first} to {last}; most searches: {count} on {day}.</source>
        <translation>从 {first} 到 {last} 共 {days} 天；搜索最多的一天：{day}，{count}。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No searches in this period.</source>
        <translation>此期间没有搜索。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No searches yet</source>
        <translation>尚无搜索</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>■ searches per day</source>
        <translation>■ 每日搜索次数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>● found nothing (%)</source>
        <translation>● 无结果（%）</translation>
    </message>
</context>
<context>
    <name>DateInput</name>
    <message>
        <location filename="../ui/composer/form.py" line="+54"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pick the date from a calendar</source>
        <translation>从日历中选择日期</translation>
    </message>
</context>
<context>
    <name>EditorDocument</name>
    <message>
        <location filename="../ui/editor/document.py" line="+246"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Problems in this file</source>
        <translation>此文件中的问题</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Document status</source>
        <translation>文档状态</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The template took too long to render.</source>
        <translation>模板渲染耗时过长。</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>The front matter cannot be read; the preview shows the last version that could. See the problems below.</source>
        <translation>无法读取文件头（front matter）；预览显示最后一个可读取的版本。请查看下面的问题。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&lt;p&gt;&lt;i&gt;This text could not be formatted.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;此文本无法排版。&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The front matter cannot be read; see the problems below.</source>
        <translation>无法读取文件头（front matter）；请查看下面的问题。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&lt;p&gt;&lt;b&gt;Subject:&lt;/b&gt; {subject}&lt;/p&gt;&lt;hr&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;主题：&lt;/b&gt;{subject}&lt;/p&gt;&lt;hr&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;p&gt;&lt;i&gt;Rendered with sample values: each field&apos;s &lt;code&gt;sample&lt;/code&gt;, else its &lt;code&gt;default&lt;/code&gt;.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;使用示例值渲染：每个字段的 &lt;code&gt;sample&lt;/code&gt;，没有则用其 &lt;code&gt;default&lt;/code&gt;。&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>line {line}, column {column}</source>
        <translation>第 {line} 行，第 {column} 列</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no problems</source>
        <translation>没有问题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unsaved changes</source>
        <translation>有未保存的修改</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Not saved: {exc}</source>
        <translation>未保存：{exc}</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+29"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>{exc}

Your text is still in the editor.</source>
        <translation>{exc}

您的文本仍在编辑器中。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved {display_name}</source>
        <translation>已保存 {display_name}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not saved: {path} could not be written ({reason}). Your text is still here; free some space or fix the folder&apos;s permissions and save again.</source>
        <translation>未保存：无法写入 {path}（{reason}）。您的文本仍在这里；请释放空间或修正文件夹权限后再保存。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{path} could not be written: {reason}.

Your text is still in the editor, unsaved. Fix the cause and save again.</source>
        <translation>无法写入 {path}：{reason}。

您的文本仍在编辑器中，尚未保存。请排除原因后再保存。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> (line {line})</source>
        <translation> （第 {line} 行）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save with errors?</source>
        <translation>带着错误保存？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{display_name} has {count}: {message}{where}</source>
        <translation>{display_name} 有 {count}：{message}{where}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved as it is, `kbassist check` reports the file, and agents keep seeing the last version that had no errors, marked as being fixed, until it is fixed. Save anyway?</source>
        <translation>按原样保存后，`kbassist check` 会报告该文件，客服人员在修正之前会继续看到最后一个没有错误的版本，并标为“正在修正”。仍然保存吗？</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Save anyway</source>
        <translation>仍然保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep editing</source>
        <translation>继续编辑(&amp;K)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{display_name}: now the version on disk</source>
        <translation>{display_name}：现在是磁盘上的版本</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{display_name}: merged with the version on disk; check, then save</source>
        <translation>{display_name}：已与磁盘版本合并；请检查后保存</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The file changed on disk</source>
        <translation>文件在磁盘上已更改</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compare…</source>
        <translation>比较…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&lt;b&gt;{display_name}&lt;/b&gt; is no longer on disk (deleted or moved). Your text is kept here; Save writes it again.</source>
        <translation>&lt;b&gt;{display_name}&lt;/b&gt; 已不在磁盘上（已删除或移动）。您的文本保留在这里；保存即可重新写入。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&lt;b&gt;{display_name}&lt;/b&gt; changed on disk while you edit it. Your text is kept; compare to keep yours, take theirs or merge.</source>
        <translation>&lt;b&gt;{display_name}&lt;/b&gt; 在您编辑期间在磁盘上被修改。您的文本已保留；比较后可保留您的、采用对方的或合并。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Save the changes to {display_name}?</source>
        <translation>保存对 {display_name} 的修改吗？</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save the changes to {display_name} before {before}?</source>
        <translation>在{before}之前保存对 {display_name} 的修改吗？</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discarded changes cannot be brought back.</source>
        <translation>放弃的修改无法恢复。</translation>
    </message>
</context>
<context>
    <name>EditorWorkspace</name>
    <message>
        <location filename="../ui/editor/workspace.py" line="+61"/>
        <source>Open files</source>
        <translation>打开的文件</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Cannot edit: {exc}</source>
        <translation>无法编辑：{exc}</translation>
    </message>
</context>
<context>
    <name>FacilityCard</name>
    <message>
        <location filename="../ui/finder/card.py" line="+228"/>
        <source>Facility</source>
        <translation>网点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facility name</source>
        <translation>网点名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening status</source>
        <translation>营业状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone, email and website</source>
        <translation>电话、邮箱和网站</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opening hours this week</source>
        <translation>本周营业时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services, notes and accessibility</source>
        <translation>服务、备注和无障碍设施</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy address</source>
        <translation>复制地址(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy address</source>
        <translation>复制地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the name and address to the clipboard</source>
        <translation>将名称和地址复制到剪贴板</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use in &amp;reply</source>
        <translation>用于回复(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use in reply</source>
        <translation>用于回复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put this facility into the reply being written</source>
        <translation>将此网点放入正在撰写的回复</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy as te&amp;xt message</source>
        <translation>复制为短信(&amp;X)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy as text message</source>
        <translation>复制为短信</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy a short text message (name, address, today&apos;s hours, phone) to the clipboard</source>
        <translation>将简短短信（名称、地址、今日营业时间、电话）复制到剪贴板</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Phone: </source>
        <translation>电话：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Email: </source>
        <translation>邮箱：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Web: </source>
        <translation>网站：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open map</source>
        <translation>打开地图</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> (OpenStreetMap)</source>
        <translation>（OpenStreetMap）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&lt;b&gt;Opening hours&lt;/b&gt;&lt;br&gt;{unknown}.</source>
        <translation>&lt;b&gt;营业时间&lt;/b&gt;&lt;br&gt;{unknown}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Opening hours&lt;/b&gt; (local time, {zone})&lt;table&gt;{rows}&lt;/table&gt;</source>
        <translation>&lt;b&gt;营业时间&lt;/b&gt;（当地时间，{zone}）&lt;table&gt;{rows}&lt;/table&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;Services:&lt;/b&gt; </source>
        <translation>&lt;b&gt;服务：&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Notes:&lt;/b&gt; </source>
        <translation>&lt;b&gt;备注：&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Accessibility:&lt;/b&gt; </source>
        <translation>&lt;b&gt;无障碍设施：&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No facility selected</source>
        <translation>未选择网点</translation>
    </message>
</context>
<context>
    <name>FactsModel</name>
    <message>
        <location filename="../ui/article/facts_table.py" line="+115"/>
        <source>In reply templates: kb[&quot;{article_id}&quot;].{name}</source>
        <translation>在回复模板中：kb[&quot;{article_id}&quot;].{name}</translation>
    </message>
</context>
<context>
    <name>FactsTable</name>
    <message>
        <location line="+12"/>
        <source>Facts</source>
        <translation>事实</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <location filename="../ui/composer/form.py" line="+76"/>
        <source> (required)</source>
        <translation> （必填）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Problem with {label}</source>
        <translation>{label} 有问题</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{label} reads as</source>
        <translation>{label} 读作</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Calendar for {label}</source>
        <translation>{label} 的日历</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Type a name, town or postcode</source>
        <translation>输入名称、城镇或邮政编码</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type part of a title</source>
        <translation>输入标题的一部分</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>This field&apos;s pattern takes too long to check: tell the editor.</source>
        <translation>此字段的格式检查耗时过长：请告知内容编辑。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not in the expected form: {expected}</source>
        <translation>格式不符，应为：{expected}</translation>
    </message>
</context>
<context>
    <name>FieldForm</name>
    <message>
        <location line="+26"/>
        <source>About this template</source>
        <translation>关于此模板</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+21"/>
        <source>Choose a template to fill in its fields.</source>
        <translation>选择模板以填写其字段。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This template has no fields to fill in.</source>
        <translation>此模板没有需要填写的字段。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fields marked * are required.</source>
        <translation>标 * 的字段为必填。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Required</source>
        <translation>必填</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../ui/editor/find_bar.py" line="+24"/>
        <source>Find and replace</source>
        <translation>查找和替换</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Replace with</source>
        <translation>替换为</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match case</source>
        <translation>区分大小写</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous</source>
        <translation>上一个</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>下一个</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace all</source>
        <translation>全部替换</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{replaced} replaced</source>
        <translation>已替换 {replaced}</translation>
    </message>
</context>
<context>
    <name>FinderPanel</name>
    <message>
        <location filename="../ui/finder/panel.py" line="+112"/>
        <source>Postcode, town or lat,lon</source>
        <translation>邮政编码、城镇或 lat,lon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer location</source>
        <translation>客户位置</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open when</source>
        <translation>营业时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now</source>
        <translation>现在</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>At…</source>
        <translation>于…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open at date and time</source>
        <translation>在某日期和时间营业</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Now</source>
        <translation>现在(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to now</source>
        <translation>回到现在</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show opening status for the time now, following the clock</source>
        <translation>按当前时间显示营业状态，随时钟更新</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Open only</source>
        <translation>仅营业中(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open only</source>
        <translation>仅营业中</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only facilities open then; those with unknown hours are listed apart, to call first</source>
        <translation>只显示届时营业的网点；营业时间未知的单独列出，请先致电</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Finder status</source>
        <translation>网点查找状态</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nearest facilities</source>
        <translation>最近的网点</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+173"/>
        <source>Type the customer&apos;s postcode or town.</source>
        <translation>输入客户的邮政编码或城镇。</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>All services</source>
        <translation>所有服务</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>“{place}” is no place in the gazetteer. Facilities it names (distance unknown):</source>
        <translation>地名录中没有“{place}”。名称中含有它的网点（距离未知）：</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>No place called “{place}” is in the gazetteer.</source>
        <translation>地名录中没有名为“{place}”的地方。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{problem}&lt;br&gt;Did you mean: {links}?</source>
        <translation>{problem}&lt;br&gt;您是不是要找：{links}？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{problem}&lt;br&gt;Type a postcode, a town, or coordinates as lat,lon.</source>
        <translation>{problem}&lt;br&gt;请输入邮政编码、城镇或 lat,lon 格式的坐标。</translation>
    </message>
    <message>
        <location line="-59"/>
        <source> (best match so far)</source>
        <translation>（目前最佳匹配）</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Nearest to &lt;b&gt;{where}&lt;/b&gt;</source>
        <translation>离 &lt;b&gt;{where}&lt;/b&gt; 最近</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · ≈ placed by postcode or town, not surveyed</source>
        <translation> · ≈ 按邮政编码或城镇定位，未实测</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No facility near &lt;b&gt;{where}&lt;/b&gt; matches the filters.</source>
        <translation>&lt;b&gt;{where}&lt;/b&gt; 附近没有符合筛选条件的网点。</translation>
    </message>
</context>
<context>
    <name>FrontMatterForm</name>
    <message>
        <location filename="../ui/editor/front_matter_form.py" line="+189"/>
        <source>Front matter notice</source>
        <translation>文件头提示</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show all front matter fields</source>
        <translation>显示所有文件头字段</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not set: published</source>
        <translation>未设置：已发布</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>T&amp;itle:</source>
        <translation>标题(&amp;I)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The answer in one or two sentences</source>
        <translation>用一两句话给出答案</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Questions</source>
        <translation>问题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How callers ask for this, one per line</source>
        <translation>来电者如何提问，每行一个</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words, separated by commas</source>
        <translation>词语，用逗号分隔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Su&amp;mmary:</source>
        <translation>摘要(&amp;M)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Questions:</source>
        <translation>问题(&amp;Q)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tags:</source>
        <translation>标签(&amp;T)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not set: the folder&apos;s</source>
        <translation>未设置：沿用文件夹</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Audience</source>
        <translation>受众</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not set: public</source>
        <translation>未设置：公开</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team that keeps it right</source>
        <translation>负责内容准确的团队</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review by</source>
        <translation>审核截止</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No date</source>
        <translation>无日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No review date</source>
        <translation>无审核日期</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Categ&amp;ory:</source>
        <translation>类别(&amp;O)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>La&amp;nguage:</source>
        <translation>语言(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;udience:</source>
        <translation>受众(&amp;U)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;wner:</source>
        <translation>负责人(&amp;W)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review &amp;by:</source>
        <translation>审核截止(&amp;B)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fact</source>
        <translation>事实</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Facts</source>
        <translation>事实</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add a fact</source>
        <translation>添加事实</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected fact</source>
        <translation>删除所选事实</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Related</source>
        <translation>相关</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Translations</source>
        <translation>翻译</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fa&amp;cts:</source>
        <translation>事实(&amp;C)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Related:</source>
        <translation>相关(&amp;R)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translations:</source>
        <translation>翻译：</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>&amp;Details ▾</source>
        <translation>详情(&amp;D) ▾</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Details ▸</source>
        <translation>详情(&amp;D) ▸</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>⚠ The form is off until the front matter is fixed in the source: {message}</source>
        <translation>⚠ 在源文本中修正文件头之前，表单不可用：{message}</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>&apos;{shown}&apos; is not a date (YYYY-MM-DD): pick one.</source>
        <translation>“{shown}”不是日期（YYYY-MM-DD）：请选择一个。</translation>
    </message>
</context>
<context>
    <name>HelpViewer</name>
    <message>
        <location filename="../ui/help_viewer.py" line="+61"/>
        <source>KB Assist — User guide</source>
        <translation>KB Assist — 用户指南</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>User guide</source>
        <translation>用户指南</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Back</source>
        <translation>后退(&amp;B)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Forward</source>
        <translation>前进(&amp;F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Contents</source>
        <translation>目录(&amp;C)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The user guide is not installed in {0}.</source>
        <translation>{0} 中未安装用户指南。</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../ui/revisions/history_dialog.py" line="+126"/>
        <source>History of {title}</source>
        <translation>{title} 的历史</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Versions, newest first</source>
        <translation>版本，最新的在前</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading the history…</source>
        <translation>正在读取历史…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Differences, rendered</source>
        <translation>差异（排版后）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Rendered</source>
        <translation>排版后(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ource</source>
        <translation>源文本(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore this version into the &amp;editor</source>
        <translation>将此版本恢复到编辑器(&amp;E)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Put the selected version&apos;s text in the editor; nothing is saved until you save</source>
        <translation>将所选版本的文本放入编辑器；保存之前不会保存任何内容</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>This article has not been committed yet: it has no history.</source>
        <translation>这篇文章尚未提交：没有历史。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>This article has not been committed yet: nothing to compare.</source>
        <translation>这篇文章尚未提交：没有可比较的内容。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Comparing…</source>
        <translation>正在比较…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source> (then {as_posix})</source>
        <translation>（之后为 {as_posix}）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From {label}{moved} to {label2}</source>
        <translation>从 {label}{moved} 到 {label2}</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Restored into the editor. Save there to keep it, or undo.</source>
        <translation>已恢复到编辑器。在那里保存即可保留，或撤销。</translation>
    </message>
</context>
<context>
    <name>InsightsView</name>
    <message>
        <location filename="../ui/insights/view.py" line="+107"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last {days} days</source>
        <translation>最近 {days} 天</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the usage log…</source>
        <translation>正在读取使用记录…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Questions to add to articles</source>
        <translation>建议加入文章的问题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add to the article</source>
        <translation>加入文章(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the query to the article&apos;s questions in the editor (then save)</source>
        <translation>在编辑器中把查询加入文章的问题（然后保存）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy as &amp;YAML</source>
        <translation>复制为 YAML(&amp;Y)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the questions line to paste into the article</source>
        <translation>复制问题行，粘贴到文章中</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Searches that found nothing</source>
        <translation>无结果的搜索</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Searches where nothing was opened</source>
        <translation>没有打开任何结果的搜索</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top searches</source>
        <translation>热门搜索</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top articles</source>
        <translation>热门文章</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Articles rated “No” most</source>
        <translation>被评“否”最多的文章</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Templates by use</source>
        <translation>按使用次数排列的模板</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facilities looked up most</source>
        <translation>查询最多的网点</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Period:</source>
        <translation>期间：</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Cannot read the usage log {where}: {error}</source>
        <translation>无法读取使用记录 {where}：{error}</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Searches: {searches} · agents: {agents} · found nothing: {rate}%</source>
        <translation>搜索 {searches} 次 · 客服 {agents} 位 · 无结果 {rate}%</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No searches recorded in this period. Searches appear here once agents pause typing in the search box.</source>
        <translation>此期间没有搜索记录。客服在搜索框中停止输入后，搜索会显示在这里。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add “{query}” to the questions of {title} ({times}×)</source>
        <translation>将“{query}”加入 {title} 的问题（{times}×）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{no} No · {yes} Yes  {title}</source>
        <translation>{no} 否 · {yes} 是  {title}</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>no editor</source>
        <translation>没有编辑器</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Added “{query}” to the questions of {title} in the editor; save to keep it.</source>
        <translation>已在编辑器中将“{query}”加入 {title} 的问题；保存后生效。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Copied as YAML: paste it into the front matter of {title}.</source>
        <translation>已复制为 YAML：请粘贴到 {title} 的文件头中。</translation>
    </message>
</context>
<context>
    <name>LanguageChooser</name>
    <message>
        <location filename="../ui/composer/language.py" line="+41"/>
        <source>Reply in:</source>
        <translation>回复语言：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer&apos;s language</source>
        <translation>客户的语言</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The language the customer writes in: the template&apos;s version in that language is filled in</source>
        <translation>客户使用的语言：将填写该语言版本的模板</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/main_window.py" line="+217"/>
        <location line="+358"/>
        <source>KB Assist — {name}</source>
        <translation>KB Assist — {name}</translation>
    </message>
    <message>
        <location line="-294"/>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot create the log folder {folder}: {exc}</source>
        <translation>无法创建日志文件夹 {folder}：{exc}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The log files are in {folder}</source>
        <translation>日志文件在 {folder}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;h2&gt;KB Assist&lt;/h2&gt;&lt;p&gt;Type in the search box: results appear as you type.&lt;br&gt;↑ ↓ choose · Enter opens · Alt+1…9 opens a result · Esc clears&lt;br&gt;Ctrl+K back to search · Ctrl+D pins · Alt+← → back and forward&lt;/p&gt;</source>
        <translation>&lt;h2&gt;KB Assist&lt;/h2&gt;&lt;p&gt;在搜索框中输入：边输入边显示结果。&lt;br&gt;↑ ↓ 选择 · Enter 打开 · Alt+1…9 打开结果 · Esc 清除&lt;br&gt;Ctrl+K 回到搜索 · Ctrl+D 固定 · Alt+← → 后退和前进&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Workspace</source>
        <translation>工作区</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Answer</source>
        <translation>答案(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;ply</source>
        <translation>回复(&amp;P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Faci&amp;lities</source>
        <translation>网点(&amp;L)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit articles and reply templates (Ctrl+E)</source>
        <translation>编辑文章和回复模板（Ctrl+E）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Insights</source>
        <translation>洞察</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Git branch status</source>
        <translation>git 分支状态</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Content problems</source>
        <translation>内容问题</translation>
    </message>
    <message>
        <location line="+257"/>
        <source>Reading content…</source>
        <translation>正在读取内容…</translation>
    </message>
    <message>
        <location line="+180"/>
        <source>Something went wrong: {message}</source>
        <translation>出错了：{message}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Preparing the search index… results follow in a moment.</source>
        <translation>正在准备搜索索引…结果马上就来。</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Search index rebuilt in {seconds:.1f} s</source>
        <translation>搜索索引已重建，用时 {seconds:.1f} 秒</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot rebuild the search index: {message}</source>
        <translation>无法重建搜索索引：{message}</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Search by meaning is unavailable on this computer; words still work.</source>
        <translation>此电脑无法使用语义搜索；关键词搜索照常可用。</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+180"/>
        <source>“{ident}” is not in the content any more.</source>
        <translation>“{ident}”已不在内容中。</translation>
    </message>
    <message>
        <location line="-143"/>
        <source>Reply template · Enter opens</source>
        <translation>回复模板 · Enter 打开</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Reply template</source>
        <translation>回复模板</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Facility</source>
        <translation>网点</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Open an item first, then Ctrl+D pins it.</source>
        <translation>请先打开一个条目，然后按 Ctrl+D 固定。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pinned</source>
        <translation>已固定</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unpinned</source>
        <translation>已取消固定</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Un&amp;pin</source>
        <translation>取消固定(&amp;P)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Pin</source>
        <translation>固定(&amp;P)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Open an article first, then Ctrl+E edits it.</source>
        <translation>请先打开一篇文章，然后按 Ctrl+E 编辑。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open an article first.</source>
        <translation>请先打开一篇文章。</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Open an article first, then its history.</source>
        <translation>请先打开一篇文章，再查看其历史。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The editor cannot open this file.</source>
        <translation>编辑器无法打开此文件。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Old version restored into the editor: save to keep it</source>
        <translation>旧版本已恢复到编辑器：保存后生效</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Unsaved edits</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These files have edits that are not saved: {names}.

A commit takes the files as they are on disk.</source>
        <translation>这些文件有未保存的修改：{names}。

提交采用磁盘上的文件。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Save them, then commit</source>
        <translation>先保存再提交(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commit &amp;without them</source>
        <translation>不含这些文件提交(&amp;W)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No reply template takes a facility.</source>
        <translation>没有回复模板可以填入网点。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Text size {scale:.0%}</source>
        <translation>文字大小 {scale:.0%}</translation>
    </message>
</context>
<context>
    <name>MergeNotice</name>
    <message>
        <location filename="../ui/composer/merge.py" line="+38"/>
        <source>Your edits and the new value clash</source>
        <translation>您的修改与新值冲突</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep my text</source>
        <translation>保留我的文本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use new text</source>
        <translation>使用新文本</translation>
    </message>
</context>
<context>
    <name>PasswordPrompt</name>
    <message>
        <location filename="../ui/mail_password.py" line="+91"/>
        <location line="+3"/>
        <source>Mail password</source>
        <translation>邮件密码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save it in the system keyring</source>
        <translation>保存到系统密钥环(&amp;S)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No password is saved for {user} on {host}. Enter it to send.</source>
        <translation>{host} 上没有保存 {user} 的密码。请输入以发送。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>PasswordRow</name>
    <message>
        <location line="-77"/>
        <source>Enter the server and user name first</source>
        <translation>请先输入服务器和用户名</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The keyring cannot be used</source>
        <translation>无法使用密钥环</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved in the keyring (type to replace it)</source>
        <translation>已保存在密钥环中（输入即可替换）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A password for {user} on {host} is saved in the keyring.</source>
        <translation>{host} 上 {user} 的密码已保存在密钥环中。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not saved yet</source>
        <translation>尚未保存</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No password is saved for {user} on {host}.</source>
        <translation>{host} 上没有保存 {user} 的密码。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Connecting to {host}:{port}…</source>
        <translation>正在连接 {host}:{port}…</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <location filename="../ui/problems_panel.py" line="+192"/>
        <source>Problems summary</source>
        <translation>问题摘要</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Content problems</source>
        <translation>内容问题</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Cannot open {where}: the file is not there any more.</source>
        <translation>无法打开 {where}：文件已不存在。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the editor_command setting</source>
        <translation>editor_command 设置</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot read {origin} ({command!r}): {exc}. Fix it in Settings.</source>
        <translation>无法读取 {origin}（{command!r}）：{exc}。请在“设置”中修正。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Set an editor command in Settings: {name} needs a terminal (from {origin}), and no terminal emulator was found.</source>
        <translation>请在“设置”中设定编辑器命令：{name} 需要终端（来自 {origin}），但未找到终端程序。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Opened {where} in {editor} ({name}).</source>
        <translation>已在 {editor}（{name}）中打开 {where}。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot start {name} to open {where} in {editor}.</source>
        <translation>无法启动 {name} 在 {editor} 中打开 {where}。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Opened {where} in {argv}.</source>
        <translation>已在 {argv} 中打开 {where}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot start {program!r} (from {origin}) to open {where}.</source>
        <translation>无法启动 {program!r}（来自 {origin}）打开 {where}。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (go to line {line})</source>
        <translation>（转到第 {line} 行）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened {name} with the system&apos;s handler{line}.</source>
        <translation>已用系统默认程序打开 {name}{line}。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing can open {where}: set an editor in Settings (editor_command), or $VISUAL or $EDITOR.</source>
        <translation>没有程序能打开 {where}：请在“设置”中设定编辑器（editor_command），或设置 $VISUAL 或 $EDITOR。</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <location filename="../ui/translators.py" line="+40"/>
        <source>&amp;OK</source>
        <translation>确定(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close without Saving</source>
        <translation>关闭且不保存</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="-22"/>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save All</source>
        <translation>全部保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>是(&amp;Y)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes to &amp;All</source>
        <translation>全是(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>否(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;o to All</source>
        <translation>全否(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abort</source>
        <translation>中止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore</source>
        <translation>忽略</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore Defaults</source>
        <translation>恢复默认值</translation>
    </message>
</context>
<context>
    <name>ReplyEditor</name>
    <message>
        <location filename="../ui/composer/editor.py" line="+23"/>
        <source>customer@example.com</source>
        <translation>customer@example.com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>收件人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reply text</source>
        <translation>回复正文</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The reply appears here as you fill in the fields.</source>
        <translation>填写字段时，回复会显示在这里。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;To:</source>
        <translation>收件人(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Subject:</source>
        <translation>主题(&amp;S)：</translation>
    </message>
</context>
<context>
    <name>RepositoryControls</name>
    <message>
        <location filename="../ui/revisions/controls.py" line="+115"/>
        <location line="+13"/>
        <source>The content folder is not in a git repository.</source>
        <translation>内容文件夹不在 git 仓库中。</translation>
    </message>
</context>
<context>
    <name>ResultDelegate</name>
    <message>
        <location filename="../ui/search/result_delegate.py" line="+93"/>
        <source>Pinned · {badge}</source>
        <translation>已固定 · {badge}</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <location filename="../ui/review/view.py" line="+63"/>
        <location line="+34"/>
        <source>Group by</source>
        <translation>分组方式</translation>
    </message>
    <message>
        <location line="-30"/>
        <location line="+31"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Due soon within days</source>
        <translation>即将到期（天数内）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reviews due in this many days or fewer count as due soon</source>
        <translation>在这么多天内到期的审核算作“即将到期”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Review summary</source>
        <translation>审核摘要</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Articles to review</source>
        <translation>待审核的文章</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the article</source>
        <translation>打开文章</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the article</source>
        <translation>编辑文章</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the article in the editor</source>
        <translation>在编辑器中打开文章</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Due soon within</source>
        <translation>即将到期：</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../ui/search/panel.py" line="+111"/>
        <source>Search articles, replies and facilities   (Ctrl+K)</source>
        <translation>搜索文章、回复和网点   （Ctrl+K）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show kind</source>
        <translation>显示类型</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+84"/>
        <source>All languages</source>
        <translation>所有语言</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>Index progress</source>
        <translation>索引进度</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search status</source>
        <translation>搜索状态</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>Searched the first {MAX_QUERY_CHARS} characters only.</source>
        <translation>只搜索了前 {MAX_QUERY_CHARS} 个字符。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> · some found by meaning</source>
        <translation> · 部分按语义找到</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · Did you mean &lt;a href=&apos;#&apos;&gt;{suggestion}&lt;/a&gt;? (Tab)</source>
        <translation> · 您是不是要找 &lt;a href=&apos;#&apos;&gt;{suggestion}&lt;/a&gt;？（Tab）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;No results for “{query}”.&lt;/b&gt;</source>
        <translation>&lt;b&gt;没有“{query}”的结果。&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Did you mean &lt;a href=&apos;#&apos;&gt;{suggestion}&lt;/a&gt;? Press Tab to use it.</source>
        <translation>您是不是要找 &lt;a href=&apos;#&apos;&gt;{suggestion}&lt;/a&gt;？按 Tab 使用。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The kind and language filters are on: try All.</source>
        <translation>类型和语言筛选已开启：试试“全部”。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The kind filter is on: try All.</source>
        <translation>类型筛选已开启：试试“全部”。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The language filter is on: try All languages.</source>
        <translation>语言筛选已开启：试试“所有语言”。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tip: fewer words, or filters in the query: &lt;i&gt;kind:reply&lt;/i&gt;, &lt;i&gt;lang:sl&lt;/i&gt;, &lt;i&gt;tag:refund&lt;/i&gt;, &lt;i&gt;&quot;exact phrase&quot;&lt;/i&gt;.</source>
        <translation>提示：减少词语，或在查询中使用筛选：&lt;i&gt;kind:reply&lt;/i&gt;、&lt;i&gt;lang:sl&lt;/i&gt;、&lt;i&gt;tag:refund&lt;/i&gt;、&lt;i&gt;&quot;精确短语&quot;&lt;/i&gt;。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{shown} of {count} · scroll for more</source>
        <translation>{shown} / {count} · 滚动查看更多</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Pinned and recent items (Ctrl+D pins the open item)</source>
        <translation>已固定和最近的条目（Ctrl+D 固定当前条目）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type to search. Ctrl+D pins an open item so it shows here.</source>
        <translation>输入即可搜索。按 Ctrl+D 固定当前条目，它就会显示在这里。</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>{count_text} · Did you mean &lt;a href=&apos;#&apos;&gt;{suggestion}&lt;/a&gt;? (Tab)</source>
        <translation>{count_text} · 您是不是要找 &lt;a href=&apos;#&apos;&gt;{suggestion}&lt;/a&gt;？（Tab）</translation>
    </message>
</context>
<context>
    <name>SendJob</name>
    <message>
        <location filename="../ui/composer/send.py" line="+68"/>
        <source>Sending failed unexpectedly: {error_type}: {exc}</source>
        <translation>发送意外失败：{error_type}：{exc}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settings_dialog.py" line="+73"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Starter content ({starter_content})</source>
        <translation>示例内容（{starter_content}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+152"/>
        <source>Content folder</source>
        <translation>内容文件夹</translation>
    </message>
    <message>
        <location line="-151"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose content folder</source>
        <translation>选择内容文件夹</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Text size</source>
        <translation>文字大小</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your language</source>
        <translation>您的语言</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As the system ({language})</source>
        <translation>跟随系统（{language}）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Colours</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Distance unit</source>
        <translation>距离单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kilometres</source>
        <translation>公里</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Miles</source>
        <translation>英里</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Editor command</source>
        <translation>编辑器命令</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>$VISUAL or $EDITOR, else the system&apos;s handler</source>
        <translation>$VISUAL 或 $EDITOR，否则用系统默认程序</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Content folder:</source>
        <translation>内容文件夹(&amp;C)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your &amp;name:</source>
        <translation>您的姓名(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Text size:</source>
        <translation>文字大小(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Int&amp;erface language:</source>
        <translation>界面语言(&amp;E)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The interface language changes when KB Assist next starts.</source>
        <translation>界面语言将在 KB Assist 下次启动时更改。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;olours:</source>
        <translation>颜色(&amp;O)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Distances:</source>
        <translation>距离(&amp;D)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ed&amp;itor for problems:</source>
        <translation>处理问题的编辑器(&amp;I)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show an icon in the s&amp;ystem tray (from the next start of KB Assist)</source>
        <translation>在系统托盘中显示图标(&amp;Y)（从 KB Assist 下次启动起）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mail server</source>
        <translation>邮件服务器</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mail server port</source>
        <translation>邮件服务器端口</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection security</source>
        <translation>连接安全</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>None (local test servers)</source>
        <translation>无（本地测试服务器）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mail user name</source>
        <translation>邮件用户名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sender address</source>
        <translation>发件人地址</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ecurity:</source>
        <translation>安全(&amp;E)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From:</source>
        <translation>发件人(&amp;F)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mail password</source>
        <translation>邮件密码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept in the system keyring, never in the settings file.</source>
        <translation>保存在系统密钥环中，绝不写入设置文件。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test the mail server connection</source>
        <translation>测试邮件服务器连接</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;General</source>
        <translation>常规(&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending &amp;mail</source>
        <translation>发送邮件(&amp;M)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Us&amp;age log</source>
        <translation>使用记录(&amp;A)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Enter the mail server first.</source>
        <translation>请先输入邮件服务器。</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../ui/shortcuts_dialog.py" line="+78"/>
        <location line="+2"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
</context>
<context>
    <name>SourceDiffView</name>
    <message>
        <location filename="../ui/revisions/diff_view.py" line="+111"/>
        <source>Differences in the source</source>
        <translation>源文本差异</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No differences.</source>
        <translation>没有差异。</translation>
    </message>
</context>
<context>
    <name>SourceEdit</name>
    <message>
        <location filename="../ui/editor/document.py" line="-636"/>
        <source>Source</source>
        <translation>源文本</translation>
    </message>
</context>
<context>
    <name>StartupFrame</name>
    <message>
        <location filename="../ui/startup_frame.py" line="+23"/>
        <source>KB Assist — {name}</source>
        <translation>KB Assist — {name}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Opening KB Assist…</source>
        <translation>正在打开 KB Assist…</translation>
    </message>
</context>
<context>
    <name>TemplatePicker</name>
    <message>
        <location filename="../ui/composer/picker.py" line="+206"/>
        <source>Find a template…</source>
        <translation>查找模板…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a reply template</source>
        <translation>查找回复模板</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Template:</source>
        <translation>模板：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Template kind</source>
        <translation>模板类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only templates of this kind</source>
        <translation>只显示此类型的模板</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reply templates</source>
        <translation>回复模板</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>All kinds</source>
        <translation>所有类型</translation>
    </message>
</context>
<context>
    <name>TonePanel</name>
    <message>
        <location filename="../ui/tone/panel.py" line="+51"/>
        <source>Tone summary</source>
        <translation>语气摘要</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tone findings</source>
        <translation>语气问题</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select a finding to select its words in the reply; press Enter to apply its fix.</source>
        <translation>选择一条问题即可在回复中选中相应文字；按 Enter 应用修正。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fi&amp;x</source>
        <translation>修正(&amp;X)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply the suggested fix</source>
        <translation>应用建议的修正</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace the selected words with the suggestion (Enter)</source>
        <translation>用建议替换所选文字（Enter）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Checking tone…</source>
        <translation>正在检查语气…</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>{count} / {limit} characters</source>
        <translation>{count} / {limit} 个字符</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} / {limit} words</source>
        <translation>{count} / {limit} 词</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no tone problems</source>
        <translation>没有语气问题</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Counted in characters: each Chinese character counts as one, and so does each Latin word or number.</source>
        <translation>按字符计数：每个汉字算一个，每个拉丁字母单词或数字也算一个。</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <location filename="../ui/tray.py" line="+29"/>
        <source>KB Assist</source>
        <translation>KB Assist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Search…</source>
        <translation>搜索(&amp;S)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show &amp;KB Assist</source>
        <translation>显示 KB Assist(&amp;K)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>UsageSettingsBox</name>
    <message>
        <location filename="../ui/insights/usage_settings.py" line="+43"/>
        <source>Usage log</source>
        <translation>使用记录</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Record searches and use for Insights</source>
        <translation>记录搜索和使用情况，用于“洞察”(&amp;R)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep everything</source>
        <translation>全部保留</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep usage events for</source>
        <translation>使用记录的保留期限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rank templates by the &amp;team&apos;s use too</source>
        <translation>同时按团队的使用情况排列模板(&amp;T)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Empty: on this computer only</source>
        <translation>留空：仅保存在本机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team usage database</source>
        <translation>团队使用记录数据库</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stored: searches (personal data scrubbed), opened articles and their rank, copied summaries, templates used, how replies went out, the kind of place looked up, and your Yes/No ratings. Never: reply texts, field values, customers&apos; addresses.</source>
        <translation>保存：搜索（已去除个人信息）、打开的文章及其排名、复制的摘要、使用的模板、回复的发出方式、查询的地点类型，以及您的“是/否”评价。从不保存：回复正文、字段值、客户地址。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Delete my usage history…</source>
        <translation>删除我的使用历史(&amp;D)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep for:</source>
        <translation>保留期限：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team database:</source>
        <translation>团队数据库：</translation>
    </message>
</context>
<context>
    <name>VariantNotice</name>
    <message>
        <location filename="../ui/composer/language.py" line="+54"/>
        <source>Template language</source>
        <translation>模板语言</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No {wanted} version of this template: showing {shown}.</source>
        <translation>此模板没有{wanted}版本：显示{shown}版本。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The reply you had written is kept in Drafts.</source>
        <translation>您已写的回复保存在“草稿”中。</translation>
    </message>
</context>
<context>
    <name>VersionRow</name>
    <message>
        <location filename="../ui/revisions/history_dialog.py" line="-282"/>
        <source>Working copy — the file as it is now</source>
        <translation>工作副本 — 文件的当前状态</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file on disk, with any changes not committed yet</source>
        <translation>磁盘上的文件，包括尚未提交的修改</translation>
    </message>
</context>
<context>
    <name>_LinkList</name>
    <message>
        <location filename="../ui/editor/front_matter_form.py" line="-387"/>
        <source>{name}: language</source>
        <translation>{name}：语言</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name}: article to add</source>
        <translation>{name}：要添加的文章</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the article to {name}</source>
        <translation>将文章添加到 {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected entry from {name}</source>
        <translation>从 {name} 中删除所选条目</translation>
    </message>
</context>
<context>
    <name>accept</name>
    <message>
        <location filename="../ui/insights/accept.py" line="+20"/>
        <source>The article {id} is not in the content any more</source>
        <translation>文章 {id} 已不在内容中</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file} cannot be opened in the editor</source>
        <translation>{file} 无法在编辑器中打开</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The front matter of {file} cannot be changed ({error})</source>
        <translation>无法修改 {file} 的文件头（{error}）</translation>
    </message>
</context>
<context>
    <name>answer_card</name>
    <message>
        <location filename="../ui/article/answer_card.py" line="-179"/>
        <source>Copy the answer (Ctrl+Shift+C)</source>
        <translation>复制答案（Ctrl+Shift+C）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The article&apos;s file has a problem (see the Problems panel), so this is the last version that could be read. It may change once the file is fixed.</source>
        <translation>文章文件有问题（见“问题”面板），因此显示的是最后一个可读取的版本。文件修正后可能会变化。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Review overdue since {when}</source>
        <translation>审核已于 {when} 逾期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reviewed until {when}</source>
        <translation>审核有效期至 {when}</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../ui/app.py" line="+111"/>
        <source>The content is still being read.</source>
        <translation>内容仍在读取中。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
</context>
<context>
    <name>checks</name>
    <message>
        <location filename="../ui/composer/checks.py" line="+11"/>
        <source>Set your name in Settings (Ctrl+,).</source>
        <translation>请在“设置”中填写您的姓名（Ctrl+,）。</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+1"/>
        <source>Choose a template.</source>
        <translation>请选择模板。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fill in: </source>
        <translation>请填写：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Check: </source>
        <translation>请检查：</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>To send from here, set the mail server and sender in Settings (Ctrl+,).</source>
        <translation>要从这里发送，请在“设置”中设定邮件服务器和发件人（Ctrl+,）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the customer&apos;s address to send.</source>
        <translation>请输入客户的邮箱地址以发送。</translation>
    </message>
</context>
<context>
    <name>diff_view</name>
    <message>
        <location filename="../ui/revisions/diff_view.py" line="-96"/>
        <source>Added</source>
        <translation>已添加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed</source>
        <translation>已删除</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>{WORDS} in the details (front matter)</source>
        <translation>详情（文件头）中的 {WORDS}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&lt;p&gt;&lt;i&gt;No differences.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;没有差异。&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>document</name>
    <message>
        <location filename="../ui/editor/document.py" line="-46"/>
        <source>{path} does not exist any more.</source>
        <translation>{path} 已不存在。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot read {path}.</source>
        <translation>无法读取 {path}。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>line {line}: </source>
        <translation>第 {line} 行：</translation>
    </message>
</context>
<context>
    <name>drafts</name>
    <message>
        <location filename="../ui/composer/drafts.py" line="+120"/>
        <source>No drafts</source>
        <translation>没有草稿</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>De&amp;lete a draft</source>
        <translation>删除草稿(&amp;L)</translation>
    </message>
</context>
<context>
    <name>facts_table</name>
    <message>
        <location filename="../ui/article/facts_table.py" line="-85"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>history_dialog</name>
    <message>
        <location filename="../ui/revisions/history_dialog.py" line="-24"/>
        <source>Select one version to compare it with the working copy, or two (Ctrl+click) to compare them.</source>
        <translation>选择一个版本与工作副本比较，或选择两个（Ctrl+单击）相互比较。</translation>
    </message>
</context>
<context>
    <name>main_window</name>
    <message>
        <location filename="../ui/main_window.py" line="-1317"/>
        <source>&amp;Write</source>
        <translation>编辑器(&amp;W)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>search index built in {seconds:.1f} s</source>
        <translation>搜索索引已建立，用时 {seconds:.1f} 秒</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>search index up to date</source>
        <translation>搜索索引已是最新</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>search index: {count} re-read in {seconds:.2f} s</source>
        <translation>搜索索引：{seconds:.2f} 秒内重新读取 {count}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>⚠ {problems} in content</source>
        <translation>⚠ 内容中有 {problems}</translation>
    </message>
</context>
<context>
    <name>merge</name>
    <message>
        <location filename="../ui/composer/merge.py" line="-26"/>
        <source>Your edits and the new value both change this part</source>
        <translation>您的修改和新值都改动了这一部分</translation>
    </message>
</context>
<context>
    <name>model</name>
    <message>
        <location filename="../ui/review/model.py" line="+27"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../ui/tone/model.py" line="+22"/>
        <source>Must fix</source>
        <translation>必须修正</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risky</source>
        <translation>有风险</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggestion</source>
        <translation>建议</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>personal data</source>
        <translation>个人信息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>plain language</source>
        <translation>通俗易懂</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>
Fix: {replacement}</source>
        <translation>
修正：{replacement}</translation>
    </message>
</context>
<context>
    <name>output</name>
    <message>
        <location filename="../ui/composer/output.py" line="+60"/>
        <source>The To address {address!r} cannot go in a mail link: give plain addresses such as name@example.org, separated by commas, or copy the text instead.</source>
        <translation>收件人地址 {address!r} 无法放入邮件链接：请填写普通地址，例如 name@example.org，用逗号分隔，或改为复制文本。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This reply cannot be handed to the mail client (it is too long, or has characters a mail link may not carry). Copy the text or save it as an .eml file instead.</source>
        <translation>此回复无法交给邮件客户端（太长，或含有邮件链接无法携带的字符）。请复制文本或保存为 .eml 文件。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No mail client opened. Copy the text instead.</source>
        <translation>没有打开邮件客户端。请改为复制文本。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save the reply as an email file</source>
        <translation>将回复保存为邮件文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email (*.eml)</source>
        <translation>邮件（*.eml）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>There is no sender address: set it in Settings, or email in the [org] table of kbassist.toml.</source>
        <translation>没有发件人地址：请在“设置”中设定，或在 kbassist.toml 的 [org] 表中填写 email。</translation>
    </message>
</context>
<context>
    <name>panel</name>
    <message>
        <location filename="../ui/search/panel.py" line="-370"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replies</source>
        <translation>回复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facilities</source>
        <translation>网点</translation>
    </message>
</context>
<context>
    <name>problems_panel</name>
    <message>
        <location filename="../ui/problems_panel.py" line="-249"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No problems: every content file was read.</source>
        <translation>没有问题：每个内容文件都已读取。</translation>
    </message>
</context>
<context>
    <name>quote</name>
    <message>
        <location filename="../ui/composer/quote.py" line="-25"/>
        <source> — internal</source>
        <translation> — 内部</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For the team only: do not send this to the customer.</source>
        <translation>仅供团队内部：请勿发给客户。</translation>
    </message>
</context>
<context>
    <name>result_delegate</name>
    <message>
        <location filename="../ui/search/result_delegate.py" line="-61"/>
        <source>Pinned</source>
        <translation>已固定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent</source>
        <translation>最近</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>found by meaning</source>
        <translation>按语义找到</translation>
    </message>
</context>
<context>
    <name>results_model</name>
    <message>
        <location filename="../ui/search/results_model.py" line="+14"/>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply template</source>
        <translation>回复模板</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facility</source>
        <translation>网点</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>, found by meaning</source>
        <translation>，按语义找到</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <location filename="../ui/settings.py" line="+41"/>
        <source>Content folder to use; empty means the bundled starter content.</source>
        <translation>要使用的内容文件夹；留空则使用内置示例内容。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your name, as it appears in the replies you sign.</source>
        <translation>您的姓名，显示在您署名的回复中。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Text size, from 0.8 (small) to 2.0 (very large).</source>
        <translation>文字大小，从 0.8（小）到 2.0（很大）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your language (BCP 47, e.g. en, sl); results in it rank first.</source>
        <translation>您的语言（BCP 47，例如 en、sl）；该语言的结果排在前面。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language of the menus, buttons and messages (en, sl, hr, el, zh_CN); empty follows the system. Takes effect after a restart.</source>
        <translation>菜单、按钮和消息的语言（en、sl、hr、el、zh_CN）；留空则跟随系统。重启后生效。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Colours: system, light or dark.</source>
        <translation>颜色：system、light 或 dark。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Distances to facilities: km or miles.</source>
        <translation>到网点的距离：km 或 miles。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mail server for sending replies.</source>
        <translation>用于发送回复的邮件服务器。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mail server port (587 for STARTTLS, 465 for SSL).</source>
        <translation>邮件服务器端口（STARTTLS 用 587，SSL 用 465）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connection security: starttls, ssl or none.</source>
        <translation>连接安全：starttls、ssl 或 none。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>User name on the mail server; the password is kept in the system keyring.</source>
        <translation>邮件服务器上的用户名；密码保存在系统密钥环中。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sender address for replies sent by SMTP.</source>
        <translation>通过 SMTP 发送回复时的发件人地址。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Editor that opens a content file at a line, e.g. code -g {file}:{line}; empty means $VISUAL or $EDITOR, else the system&apos;s handler.</source>
        <translation>在指定行打开内容文件的编辑器，例如 code -g {file}:{line}；留空则用 $VISUAL 或 $EDITOR，否则用系统默认程序。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Hide the search column while the Reply or Facilities tab is open (F9).</source>
        <translation>在“回复”或“网点”标签页打开时隐藏搜索栏（F9）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Review view: articles whose review date is at most this many days away are due soon.</source>
        <translation>审核视图：审核日期在这么多天以内的文章算作即将到期。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Search by meaning too, once you pause typing (finds answers worded differently).</source>
        <translation>停止输入后也按语义搜索（能找到措辞不同的答案）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show KB Assist in the system tray, with Search… (takes effect at start).</source>
        <translation>在系统托盘中显示 KB Assist，并提供“搜索…”（启动时生效）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Record searches, opened articles, templates used and ratings (query texts scrubbed of personal data; never reply texts or field values) so the team sees what customers ask.</source>
        <translation>记录搜索、打开的文章、使用的模板和评价（搜索文字会清除个人信息；从不记录回复正文或字段值），让团队了解客户在问什么。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Usage events older than this many days are deleted at start (0 keeps all).</source>
        <translation>启动时删除超过这么多天的使用记录（0 表示全部保留）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Template picker: your most used templates first, then the team&apos;s (off: yours only).</source>
        <translation>模板选择器：先列出您最常用的模板，再列出团队常用的（关闭：只按您的）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Team usage database, postgresql://user@host:5432/database (password in the system keyring); empty keeps the usage log on this computer only.</source>
        <translation>团队使用记录数据库，postgresql://user@host:5432/database（密码在系统密钥环中）；留空则使用记录只保存在本机。</translation>
    </message>
</context>
<context>
    <name>shortcuts_dialog</name>
    <message>
        <location filename="../ui/shortcuts_dialog.py" line="-55"/>
        <source>Choose a result without leaving the search box (the answer follows)</source>
        <translation>不离开搜索框即可选择结果（答案随之显示）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open the chosen result</source>
        <translation>打开所选结果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the search box</source>
        <translation>清空搜索框</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the “did you mean” suggestion, when one shows</source>
        <translation>出现“您是不是要找”建议时使用它</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>menu only</source>
        <translation>仅菜单</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>In the search box</source>
        <translation>在搜索框中</translation>
    </message>
</context>
<context>
    <name>single_instance</name>
    <message>
        <location filename="../ui/single_instance.py" line="+224"/>
        <source>A link was not opened: {0}</source>
        <translation>有一个链接未打开：{0}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Link not opened</source>
        <translation>链接未打开</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Another program asked KB Assist to open this link. Nothing was opened.</source>
        <translation>另一个程序请求 KB Assist 打开此链接。未打开任何内容。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>There is no article &apos;{0}&apos; in the content.</source>
        <translation>内容中没有文章“{0}”。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No content in “{0}”: searching every language.</source>
        <translation>没有“{0}”的内容：搜索所有语言。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This window has no facility finder.</source>
        <translation>此窗口没有网点查找。</translation>
    </message>
</context>
<context>
    <name>status_text</name>
    <message>
        <location filename="../ui/revisions/status_text.py" line="+14"/>
        <source>Not committed to git yet</source>
        <translation>尚未提交到 git</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last changed by {author_name} on {day_text}</source>
        <translation>最后修改：{author_name}，{day_text}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{branch} and {remote} have both moved on ({ahead} and {behind} commits) — pull, then push, with your git tool</source>
        <translation>{branch} 和 {remote} 都有新提交（{ahead} 和 {behind} 个）— 请用您的 git 工具先拉取再推送</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{branch} is {count} behind {remote} — pull with your git tool</source>
        <translation>{branch} 落后 {remote} {count} — 请用您的 git 工具拉取</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{branch} is {count} ahead of {remote} — push with your git tool</source>
        <translation>{branch} 领先 {remote} {count} — 请用您的 git 工具推送</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{branch} is up to date with {remote}</source>
        <translation>{branch} 与 {remote} 同步</translation>
    </message>
</context>
<context>
    <name>style</name>
    <message>
        <location filename="../ui/composer/style.py" line="+46"/>
        <source>Fill in this field</source>
        <translation>请填写此字段</translation>
    </message>
</context>
<context>
    <name>usage_settings</name>
    <message>
        <location filename="../ui/insights/usage_settings.py" line="+19"/>
        <source>Delete my usage history</source>
        <translation>删除我的使用历史</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete every search and use recorded under your name, on this computer and in the team database? The team&apos;s Insights lose them too. This cannot be undone.</source>
        <translation>要删除以您的名义记录的所有搜索和使用记录吗？包括本机和团队数据库中的记录。团队的“洞察”中也将不再包含这些记录。此操作无法撤销。</translation>
    </message>
</context>
<context>
    <name>view</name>
    <message>
        <location filename="../ui/article/view.py" line="-318"/>
        <source>This article is too complex to format; showing its text.</source>
        <translation>这篇文章太复杂，无法排版；显示其文本。</translation>
    </message>
    <message>
        <location line="+360"/>
        <source>&lt;li&gt;{ident} (not in the content)&lt;/li&gt;</source>
        <translation>&lt;li&gt;{ident}（不在内容中）&lt;/li&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;h2 id=&quot;related-articles&quot;&gt;Related articles&lt;/h2&gt;&lt;ul&gt;</source>
        <translation>&lt;h2 id=&quot;related-articles&quot;&gt;相关文章&lt;/h2&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <location filename="../ui/review/view.py" line="-64"/>
        <source>All owners</source>
        <translation>所有负责人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The review appears once the content has been read.</source>
        <translation>内容读取完毕后显示审核。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to review: every article is owned, summarised and within its dates.</source>
        <translation>没有需要审核的：每篇文章都有负责人、摘要，且在有效期内。</translation>
    </message>
    <message>
        <location line="+190"/>
        <source>{count} to look at — </source>
        <translation>{count} 待查看 — </translation>
    </message>
</context>
<context>
    <name>workspace</name>
    <message>
        <location filename="../ui/editor/workspace.py" line="-91"/>
        <source>&lt;h3&gt;Nothing open for editing&lt;/h3&gt;&lt;p&gt;Open an article and press &lt;b&gt;Ctrl+E&lt;/b&gt; (or its &lt;b&gt;Edit&lt;/b&gt; button), or start one with &lt;b&gt;File → New article&lt;/b&gt; (Ctrl+N).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;没有打开编辑的内容&lt;/h3&gt;&lt;p&gt;打开一篇文章并按 &lt;b&gt;Ctrl+E&lt;/b&gt;（或其&lt;b&gt;编辑&lt;/b&gt;按钮），或用&lt;b&gt;文件 → 新建文章&lt;/b&gt;（Ctrl+N）新建一篇。&lt;/p&gt;</translation>
    </message>
</context>
</TS>
