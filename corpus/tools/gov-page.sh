#!/usr/bin/env bash
# Wraps a UTF-8 report text in the page layout of a Chinese government website (navigation, breadcrumb, publication
# line, share bar, footer), as archivists save such pages. Prints UTF-8 HTML; the declared charset is the 4th argument
# (it may lie on purpose).
#   gov-page.sh REPORT.txt SITE-NAME DATE DECLARED-CHARSET
set -euo pipefail
txt="$1"; site="$2"; date="$3"; charset="$4"
# The title is the first block of lines; a document number line (〔2024〕15号) above it stays in the article body.
title="$(awk 'NF==0{exit} !/〔[0-9]+〕/{printf "%s", $0}' "$txt")"
docno="$(awk 'NF==0{exit} /〔[0-9]+〕/{print}' "$txt")"
cat <<HTML
<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=${charset}">
<title>${title}_${site}</title>
<script>var _hmt = _hmt || [];</script></head>
<body>
<div class="header"><div class="logo">${site}</div>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li><li><a href="/aqsc">安全生产</a></li><li><a href="/yjgl">应急管理</a></li><li><a href="/hdjl">互动交流</a></li></ul></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a> &gt; <a href="/zwgk/sgdc">事故调查</a></div>
<div class="main"><div class="article">
<h1 class="title">${title}</h1>
<div class="info">发布时间：${date}　　来源：${site}　　浏览次数：<span>1024</span>　　【<a href="#">打印</a>】【<a href="#">关闭</a>】</div>
<div class="TRS_Editor">
HTML
[ -n "$docno" ] && echo "<p style=\"text-align:center\">${docno}</p>"
awk 'BEGIN{body=0} body==0 && NF==0 {body=1; next} body==1 {gsub(/&/,"\\&amp;"); gsub(/</,"\\&lt;"); if (NF==0) print "<p><br></p>"; else print "<p>" $0 "</p>"}' "$txt"
cat <<HTML
</div>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></div>
<div class="related"><h3>相关链接</h3><ul><li><a href="/a/1">关于开展安全生产大检查的通知</a></li><li><a href="/a/2">2021年安全生产工作要点</a></li></ul></div>
</div></div>
<div class="footer"><p>主办单位：${site}　　地址：人民路1号　　邮编：000000</p><p>网站标识码：0000000000　　备案号：某ICP备00000000号</p></div>
</body></html>
HTML
